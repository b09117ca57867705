import { unsubscribeTokenFor } from "../unsubscribe/unsubscribe-token";
import type { BroadcastContent } from "./broadcast-content";
import type { SignerEmail } from "./encoded-update-email";
import type { BatchRecipient } from "./prepare-batch-recipients";
import { campaignUrl, referralUrl } from "./render-update-email";
import { listUnsubscribeHeadersFor } from "./unsubscribe-headers";

// Left as they are by URLSearchParams, so appending equals setting the parameter.
const PLAIN_CODE = /^[A-Za-z0-9_-]+$/;

/**
 * Each signer's address, links and List-Unsubscribe headers for one broadcast: the strings
 * referralUrl, unsubscribePath and listUnsubscribeHeaders give (a unit test holds them
 * equal), with the URLs parsed once per batch instead of three times per signer, and one
 * MAC per signer for both the link and the header.
 */
export function signerEmailsFor(options: { appUrl: string; content: BroadcastContent; secret: string; unsubscribeMailto?: string }): (recipient: BatchRecipient) => SignerEmail {
  const { appUrl, content, secret } = options;
  const campaign = campaignUrl(appUrl, content);
  // A token's characters ([0-9a-f.A-Za-z_-]) are left as they are by URL, so appending equals resolving.
  const unsubscribeBase = new URL("/unsubscribe/", appUrl).toString();
  const headersFor = listUnsubscribeHeadersFor(appUrl, options.unsubscribeMailto);
  return (recipient) => {
    const token = unsubscribeTokenFor(secret, recipient.signatureId);
    const code = recipient.referralCode;
    return {
      to: recipient.email,
      links: {
        referralUrl: PLAIN_CODE.test(code) ? `${campaign}?ref=${code}&src=email` : referralUrl(appUrl, content, code),
        unsubscribeUrl: `${unsubscribeBase}${token}`,
      },
      headers: headersFor(token),
    };
  };
}
