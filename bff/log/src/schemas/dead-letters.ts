import { z } from 'zod';
import type { EventDefinition } from './catalog.js';

/** The stream poison events are parked on. */
export const DEAD_LETTER_STREAM = 'dead-letters';

export const EventDeadLettered = z.object({
  consumer: z.string(),
  stream: z.string(),
  offset: z.number().int().positive(),
  eventId: z.string().nullable(),
  eventType: z.string().nullable(),
  attempts: z.number().int().nonnegative(),
  error: z.object({ code: z.string().nullable(), message: z.string() }),
});

export type EventDeadLettered = z.infer<typeof EventDeadLettered>;

export const deadLetterEvents: EventDefinition[] = [
  { type: 'event.dead-lettered', versions: [EventDeadLettered] },
];
