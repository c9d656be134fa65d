// The short code that moves a list to another device. 12 characters from Crockford's base32
// alphabet (no I, L, O, U) is 60 bits: with a 15-minute life, single use and redemption limited
// to a few tries a minute per visitor, guessing one is out of reach. Typed as XXXX-XXXX-XXXX;
// case, spaces, dashes and the look-alikes I/L (1) and O (0) are forgiven.

export const TRANSFER_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const TRANSFER_CODE_LENGTH = 12;
/** log2(32) × 12. */
export const TRANSFER_CODE_BITS = 60;
export const TRANSFER_TTL_MINUTES = 15;

/** XXXX-XXXX-XXXX, for reading aloud or typing. */
export function formatTransferCode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code;
}

/** The code as typed, in its stored form, or null when it cannot be one. */
export function normalizeTransferCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  return code.length === TRANSFER_CODE_LENGTH && [...code].every((c) => TRANSFER_ALPHABET.includes(c)) ? code : null;
}
