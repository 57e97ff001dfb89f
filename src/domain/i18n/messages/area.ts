/** One feature's messages in a language: the English file's keys, each translated (none missing, none extra). */
export type AreaCatalogue<English> = { [K in keyof English]: string };
