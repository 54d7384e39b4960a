/** Vocabulary for synthetic stories about Brindlemouth, the city Tessera News covers. */

export const PLACES = [
  'Saltgate',
  'Quillhaven',
  'Fennick Hill',
  'Ostrander Quay',
  'Marrowgate',
  'the Old Tannery',
  'Kestrel Park',
  'Lowmoor',
  'Cinder Lane',
  'Harrow Point',
  'the Brindle embankment',
  'Copperfield Market',
] as const;

export const ACTORS = [
  'the city council',
  'the harbour board',
  'residents',
  'a neighbourhood group',
  'the transit authority',
  'local traders',
  'the university',
  'volunteers',
  'the planning committee',
  'a tenants union',
  'the fire service',
  'school governors',
] as const;

export const HEADLINE_SUBJECTS = [
  'Council',
  'Traders',
  'Residents',
  'Harbour board',
  'Volunteers',
  'Planners',
  'Researchers',
  'Tram crews',
  'Schools',
  'Fishers',
  'Artists',
  'Club',
] as const;

export const HEADLINE_VERBS = [
  'back',
  'question',
  'delay',
  'approve',
  'celebrate',
  'rethink',
  'fund',
  'test',
  'pause',
  'unveil',
  'weigh',
  'expand',
] as const;

export const THINGS = [
  'tram depot',
  'seawall repairs',
  'night market',
  'library hours',
  'bike lanes',
  'ferry timetable',
  'rooftop gardens',
  'flood barriers',
  'youth league',
  'rent review',
  'heat pumps',
  'harbour dredging',
  'street lighting',
  'food hall',
  'rowing regatta',
  'tide sensors',
] as const;

export const ADJECTIVES = [
  'long-awaited',
  'contested',
  'modest',
  'ambitious',
  'overdue',
  'popular',
  'costly',
  'quiet',
  'temporary',
  'second',
] as const;

export const PEOPLE = [
  'Mayor Ilse Varga',
  'Councillor Teodor Amsel',
  'harbour master Piet Vandersloot',
  'Professor Nadia Okonjo',
  'coach Sigrun Dahl',
  'shop owner Halima Reyes',
  'engineer Bram Castellan',
  'teacher Odile Fenwick',
  'organiser Kofi Lindqvist',
  'a retired ferry pilot',
] as const;

export const REACTIONS = [
  'said the plan was overdue',
  'asked for clearer figures',
  'warned that costs could rise',
  'called it a good first step',
  'promised a public meeting',
  'said neighbours had been heard',
  'wanted a firmer timetable',
  'praised the volunteers involved',
] as const;

export const NUMBERS = [
  'two hundred',
  'forty',
  'nine',
  'three thousand',
  'a dozen',
  'eighty',
  'six hundred',
  'fifteen',
] as const;

export const UNITS = [
  'households',
  'jobs',
  'trees',
  'parking spaces',
  'students',
  'boats',
  'volunteers',
  'market stalls',
] as const;

export const WHEN = [
  'next spring',
  'before the winter storms',
  'by the end of the year',
  'within six months',
  'after the summer',
  'over the coming weeks',
] as const;

export const PAST = [
  'in the spring',
  'last month',
  'at a packed meeting in March',
  'two years ago',
  'over the summer',
  'before the last election',
] as const;

export const QUOTES = [
  'It is about time',
  'Nobody asked the people who live here',
  'Show us the figures first',
  'My grandmother asked for this in 1980',
  'Good news, if it actually happens',
  'We will believe it when we see it',
] as const;

export const SUBHEADINGS = [
  'What happens next',
  'The money',
  'Voices from the street',
  'Background',
  'The numbers',
] as const;
