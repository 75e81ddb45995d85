/** A translation of an English message set: every key, each a string. */
export type Translation<T> = { [K in keyof T]: string };
