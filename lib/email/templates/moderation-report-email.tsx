import { Link } from "@react-email/link";
import { Text } from "@react-email/text";
import { EmailButton, EmailFallbackLink, EmailFooterText, EmailLayout, emailLinkColor, emailText } from "./email-layout";

export type ModerationReportEmailProps = {
  lang: string;
  title: string;
  preview: string;
  intro: string;
  reasonLabel: string;
  reason: string;
  campaignLabel: string;
  campaignUrl: string;
  buttonLabel: string;
  fallback: string;
  footer: string;
  moderationUrl: string;
};

export function ModerationReportEmail(props: ModerationReportEmailProps) {
  return (
    <EmailLayout lang={props.lang} title={props.title} preview={props.preview} heading="Chorus" footer={<EmailFooterText>{props.footer}</EmailFooterText>}>
      <Text style={emailText}>{props.intro}</Text>
      <Text style={{ ...emailText, fontWeight: 600, marginBottom: 4 }}>{props.reasonLabel}</Text>
      <Text style={{ ...emailText, whiteSpace: "pre-wrap", borderLeft: "4px solid #e8e4dc", paddingLeft: 12, marginTop: 0 }}>{props.reason}</Text>
      <Text style={emailText}>
        <Link href={props.campaignUrl} style={{ color: emailLinkColor }}>
          {props.campaignLabel}
        </Link>
      </Text>
      <EmailButton href={props.moderationUrl}>{props.buttonLabel}</EmailButton>
      <EmailFallbackLink label={props.fallback} href={props.moderationUrl} />
    </EmailLayout>
  );
}
