import { Body, Button, Container, Head, Heading, Hr, Html, Link, Preview, Text } from "@react-email/components";

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

const font = "-apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Apple SD Gothic Neo', 'Malgun Gothic', 'PingFang SC', 'Microsoft YaHei', sans-serif";
const text = { fontSize: 16, color: "#1d1a2e", lineHeight: "24px" };

export function ModerationReportEmail(props: ModerationReportEmailProps) {
  return (
    <Html lang={props.lang}>
      <Head>
        <title>{props.title}</title>
      </Head>
      <Preview>{props.preview}</Preview>
      <Body style={{ backgroundColor: "#f6f4f0", fontFamily: font, margin: 0, padding: "24px 0" }}>
        <Container style={{ backgroundColor: "#ffffff", borderRadius: 12, padding: "32px", maxWidth: 560 }}>
          <Heading as="h1" style={{ fontSize: 20, color: "#1d1a2e", margin: "0 0 16px" }}>
            Chorus
          </Heading>
          <Text style={text}>{props.intro}</Text>
          <Text style={{ ...text, fontWeight: 600, marginBottom: 4 }}>{props.reasonLabel}</Text>
          <Text style={{ ...text, whiteSpace: "pre-wrap", borderLeft: "4px solid #e8e4dc", paddingLeft: 12, marginTop: 0 }}>
            {props.reason}
          </Text>
          <Text style={text}>
            <Link href={props.campaignUrl} style={{ color: "#b8325a" }}>
              {props.campaignLabel}
            </Link>
          </Text>
          <Button
            href={props.moderationUrl}
            style={{
              backgroundColor: "#b8325a",
              color: "#ffffff",
              borderRadius: 8,
              padding: "14px 22px",
              fontSize: 16,
              fontWeight: 600,
              textDecoration: "none",
            }}
          >
            {props.buttonLabel}
          </Button>
          <Text style={{ fontSize: 14, color: "#55506a", marginTop: 24 }}>{props.fallback}</Text>
          <Link href={props.moderationUrl} style={{ fontSize: 14, color: "#b8325a", wordBreak: "break-all" }}>
            {props.moderationUrl}
          </Link>
          <Hr style={{ borderColor: "#e8e4dc", margin: "24px 0" }} />
          <Text style={{ fontSize: 12, color: "#5e5972" }}>{props.footer}</Text>
        </Container>
      </Body>
    </Html>
  );
}
