type GrowableArray = Int32Array | Uint8Array;

/** A zero-filled copy of `array` with room for `length` entries. */
export function grown<T extends GrowableArray>(array: T, length: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(length);
  bigger.set(array);
  return bigger;
}
