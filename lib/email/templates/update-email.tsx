import { Link } from "@react-email/link";
import { Section } from "@react-email/section";
import { Text } from "@react-email/text";
import Markdown from "react-markdown";
import { EmailButton, EmailFooterText, EmailLayout, emailLinkColor, emailText } from "./email-layout";

export type UpdateEmailProps = {
  lang: string;
  subject: string;
  /** Who it is from: the campaign, by its title. */
  from: string;
  kindLabel: string;
  title: string;
  /** The organizer's Markdown. */
  body: string;
  count: string;
  shareIntro: string;
  shareButton: string;
  referralUrl: string;
  campaignLabel: string;
  campaignUrl: string;
  why: string;
  unsubscribeLabel: string;
  unsubscribeUrl: string;
  footer: string;
  /** Shown above everything in a test send. */
  testBanner?: string;
};

/**
 * The organizer's Markdown, as the campaign page shows its story: react-markdown builds
 * elements and skips raw HTML, its URL filter drops javascript: links, and images are
 * left out, so an update cannot carry script, markup or a tracking pixel.
 */
function UpdateBody({ markdown }: { markdown: string }) {
  return (
    <Markdown
      skipHtml
      components={{
        h1: ({ children }) => <Text style={{ ...emailText, fontSize: 18, fontWeight: 700 }}>{children}</Text>,
        h2: ({ children }) => <Text style={{ ...emailText, fontSize: 17, fontWeight: 700 }}>{children}</Text>,
        h3: ({ children }) => <Text style={{ ...emailText, fontWeight: 700 }}>{children}</Text>,
        p: ({ children }) => <Text style={emailText}>{children}</Text>,
        a: ({ href, children }) => (
          <Link href={href} style={{ color: emailLinkColor }} rel="nofollow noopener noreferrer">
            {children}
          </Link>
        ),
        img: () => null,
      }}
    >
      {markdown}
    </Markdown>
  );
}

export function UpdateEmail(props: UpdateEmailProps) {
  return (
    <EmailLayout
      lang={props.lang}
      title={props.subject}
      preview={props.title}
      eyebrow={`${props.from} · ${props.kindLabel}`}
      heading={props.title}
      footer={
        <>
          <EmailFooterText>{props.why}</EmailFooterText>
          <EmailFooterText>
            <Link href={props.unsubscribeUrl} style={{ color: emailLinkColor }}>
              {props.unsubscribeLabel}
            </Link>
          </EmailFooterText>
          <EmailFooterText>{props.footer}</EmailFooterText>
        </>
      }
    >
      {props.testBanner ? (
        <Section style={{ backgroundColor: "#fff4d6", borderRadius: 8, padding: "8px 16px", marginBottom: 16 }}>
          <Text style={{ ...emailText, fontWeight: 600 }}>{props.testBanner}</Text>
        </Section>
      ) : null}
      <UpdateBody markdown={props.body} />
      <Text style={{ ...emailText, fontWeight: 600 }}>{props.count}</Text>
      <Text style={emailText}>{props.shareIntro}</Text>
      <EmailButton href={props.referralUrl}>{props.shareButton}</EmailButton>
      <Text style={{ ...emailText, fontSize: 14, wordBreak: "break-all" }}>
        <Link href={props.referralUrl} style={{ color: emailLinkColor }}>
          {props.referralUrl}
        </Link>
      </Text>
      <Text style={emailText}>
        <Link href={props.campaignUrl} style={{ color: emailLinkColor }}>
          {props.campaignLabel}
        </Link>
      </Text>
    </EmailLayout>
  );
}
