// Emails carry links that act for the candidate: a sign-in link, an
// unsubscribe link. Each carries its credential as a `token` parameter. The
// export shows the message with those links taken out, so the file, once
// downloaded and perhaps shared, cannot sign anyone in or change settings.

const tokenLink = /https?:\/\/[^\s<>"']*[?&]token=[^\s<>"']*/gi;

export const removedLink = "[link removed from your copy]";

export function withoutTokenLinks(text: string): string {
  return text.replace(tokenLink, removedLink);
}
