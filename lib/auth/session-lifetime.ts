/** How long a database session lives without use (Auth.js `maxAge`); retention reads a session's
 *  last refresh as its expiry less this. */
export const sessionMaxAgeSeconds = 30 * 24 * 60 * 60;
