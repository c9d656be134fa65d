export const SAVED_COUNT_KEY: string;
export const SAVED_COUNT_SCRIPT: string;
export const SAVED_COUNT_SCRIPT_HASH: string;
