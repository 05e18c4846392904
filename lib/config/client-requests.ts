/** How long a client's feedback link works. */
export const clientRequestDays = 30;
