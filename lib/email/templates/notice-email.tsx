import { Body, Button, Container, Head, Heading, Hr, Html, Link, Preview, Text } from "@react-email/components";

export type NoticeEmailProps = {
  lang: string;
  title: string;
  heading: string;
  body: string;
  buttonLabel: string;
  fallback: string;
  footer: string;
  url: string;
};

const font = "-apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Apple SD Gothic Neo', 'Malgun Gothic', 'PingFang SC', 'Microsoft YaHei', sans-serif";
const text = { fontSize: 16, color: "#1d1a2e", lineHeight: "24px" };

/** One message and one button; the words come from the notice's message namespace. */
export function NoticeEmail(props: NoticeEmailProps) {
  return (
    <Html lang={props.lang}>
      <Head>
        <title>{props.title}</title>
      </Head>
      <Preview>{props.heading}</Preview>
      <Body style={{ backgroundColor: "#f6f4f0", fontFamily: font, margin: 0, padding: "24px 0" }}>
        <Container style={{ backgroundColor: "#ffffff", borderRadius: 12, padding: "32px", maxWidth: 560 }}>
          <Heading as="h1" style={{ fontSize: 20, color: "#1d1a2e", margin: "0 0 16px" }}>
            {props.heading}
          </Heading>
          {props.body.split("\n\n").map((paragraph, index) => (
            <Text key={index} style={text}>
              {paragraph}
            </Text>
          ))}
          <Button
            href={props.url}
            style={{ backgroundColor: "#b8325a", color: "#ffffff", borderRadius: 8, padding: "14px 22px", fontSize: 16, fontWeight: 600, textDecoration: "none" }}
          >
            {props.buttonLabel}
          </Button>
          <Text style={{ fontSize: 14, color: "#55506a", marginTop: 24 }}>{props.fallback}</Text>
          <Link href={props.url} style={{ fontSize: 14, color: "#b8325a", wordBreak: "break-all" }}>
            {props.url}
          </Link>
          <Hr style={{ borderColor: "#e8e4dc", margin: "24px 0" }} />
          <Text style={{ fontSize: 12, color: "#5e5972" }}>{props.footer}</Text>
        </Container>
      </Body>
    </Html>
  );
}
