/** A catalog in another language must translate every message of its English original. */
export type Translation<T> = { readonly [K in keyof T]: string };
