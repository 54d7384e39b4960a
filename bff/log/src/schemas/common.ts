import { z } from 'zod';

export const Id = z.string().min(1).max(100);
export const Slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case words joined by dashes');
export const Role = z.enum(['reader', 'editor']);
/** A newsroom section, used in URLs (`/section/<name>`). */
export const Section = z.string().regex(/^[a-z][a-z-]{1,29}$/, 'a lower-case word, dashes allowed');
