/** The newsroom's sections, until the articles BFF lists them. */
export const SECTIONS = [
  { slug: 'world', label: 'World' },
  { slug: 'science', label: 'Science' },
  { slug: 'culture', label: 'Culture' },
] as const;

export function sectionLabel(slug: string): string {
  return SECTIONS.find((section) => section.slug === slug)?.label ?? slug;
}
