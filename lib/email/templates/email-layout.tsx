import { Body } from "@react-email/body";
import { Button } from "@react-email/button";
import { Container } from "@react-email/container";
import { Head } from "@react-email/head";
import { Heading } from "@react-email/heading";
import { Hr } from "@react-email/hr";
import { Html } from "@react-email/html";
import { Link } from "@react-email/link";
import { Preview } from "@react-email/preview";
import { Text } from "@react-email/text";
import type { ReactNode } from "react";

// Each component from its own package: @react-email/components also loads Tailwind and
// Prism, about 70 MB more in every worker process.
// The one frame every Chorus email shares: confirmation, notices (sign-in, moderation
// results, invitations, milestones), moderation reports and campaign updates.
const font = "-apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Apple SD Gothic Neo', 'Malgun Gothic', 'PingFang SC', 'Microsoft YaHei', sans-serif";
export const emailText = { fontSize: 16, color: "#1d1a2e", lineHeight: "24px" };
export const emailSmallText = { fontSize: 14, color: "#55506a" };
export const emailLinkColor = "#b8325a";

export type EmailLayoutProps = {
  lang: string;
  title: string;
  preview: string;
  /** The first line above the heading, e.g. who the email is from. */
  eyebrow?: string;
  heading: string;
  /** Under the rule, small: why the email came and how to stop it. */
  footer: ReactNode;
  children: ReactNode;
};

export function EmailLayout(props: EmailLayoutProps) {
  return (
    <Html lang={props.lang}>
      <Head>
        <title>{props.title}</title>
      </Head>
      <Preview>{props.preview}</Preview>
      <Body style={{ backgroundColor: "#f6f4f0", fontFamily: font, margin: 0, padding: "24px 0" }}>
        <Container style={{ backgroundColor: "#ffffff", borderRadius: 12, padding: "32px", maxWidth: 560 }}>
          {props.eyebrow ? <Text style={{ ...emailSmallText, margin: "0 0 8px" }}>{props.eyebrow}</Text> : null}
          <Heading as="h1" style={{ fontSize: 20, color: "#1d1a2e", margin: "0 0 16px" }}>
            {props.heading}
          </Heading>
          {props.children}
          <Hr style={{ borderColor: "#e8e4dc", margin: "24px 0" }} />
          {props.footer}
        </Container>
      </Body>
    </Html>
  );
}

export function EmailButton({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Button
      href={href}
      style={{ backgroundColor: emailLinkColor, color: "#ffffff", borderRadius: 8, padding: "14px 22px", fontSize: 16, fontWeight: 600, textDecoration: "none" }}
    >
      {children}
    </Button>
  );
}

/** "If the button does not work" and the link written out. */
export function EmailFallbackLink({ label, href }: { label: string; href: string }) {
  return (
    <>
      <Text style={{ ...emailSmallText, marginTop: 24 }}>{label}</Text>
      <Link href={href} style={{ fontSize: 14, color: emailLinkColor, wordBreak: "break-all" }}>
        {href}
      </Link>
    </>
  );
}

export function EmailFooterText({ children }: { children: ReactNode }) {
  return <Text style={{ fontSize: 12, color: "#5e5972" }}>{children}</Text>;
}
