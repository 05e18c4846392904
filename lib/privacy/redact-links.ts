// Sign-in and unsubscribe links carry their credential as a `token` parameter; the export drops
// them, so a shared file cannot sign anyone in or change settings.

const tokenLink = /https?:\/\/[^\s<>"']*[?&]token=[^\s<>"']*/gi;

export const removedLink = "[link removed from your copy]";

export function withoutTokenLinks(text: string): string {
  return text.replace(tokenLink, removedLink);
}
