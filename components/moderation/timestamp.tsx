import { getFormatter } from "next-intl/server";

/** A moment, in the reader's language, with its time zone named (pages render in UTC). */
export async function Timestamp({ value }: { value: Date }) {
  const format = await getFormatter();
  return (
    <time dateTime={value.toISOString()}>
      {format.dateTime(value, { year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short" })}
    </time>
  );
}
