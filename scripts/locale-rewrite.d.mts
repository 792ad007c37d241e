export const LOCALE_REWRITE_HEADER: string;
