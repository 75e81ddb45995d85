/**
 * Files above this size are refused before reading: 50 MB holds millions of IDs already. Kept
 * apart from the parser so the page can check it without loading Papa Parse.
 */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
