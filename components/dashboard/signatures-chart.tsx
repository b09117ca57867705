"use client";

import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import type { ChartGranularity } from "@/lib/dashboard/chart-range";
import styles from "./dashboard.module.css";

type Bucket = { start: string; confirmed: number; pending: number };

type Props = {
  buckets: Bucket[];
  granularity: ChartGranularity;
  locale: string;
  labels: { confirmed: string; pending: string };
  /** The chart's name and its description in words, for screen readers (the SVG's title and desc). */
  title: string;
  description: string;
};

// Told apart by more than colour: confirmed is a solid line with round markers, pending a
// dashed line with square ones; the legend below names both in text.
const CONFIRMED = { colour: "#b8325a", dash: undefined };
const PENDING = { colour: "#4d4863", dash: "6 4" };

function SquareDot({ cx, cy }: { cx?: number; cy?: number }) {
  if (cx === undefined || cy === undefined) return null;
  return <rect x={cx - 3} y={cy - 3} width={6} height={6} fill="#ffffff" stroke={PENDING.colour} strokeWidth={1.5} />;
}

function formatterFor(granularity: ChartGranularity, locale: string) {
  const format = new Intl.DateTimeFormat(locale, {
    timeZone: "UTC",
    month: "short",
    day: "numeric",
    ...(granularity === "hour" ? { hour: "2-digit", minute: "2-digit", hourCycle: "h23" } : {}),
  });
  return (value: string) => format.format(new Date(value));
}

/** Confirmed and pending signatures over time, drawn by recharts once JavaScript runs (the table below holds the same numbers). */
export function SignaturesChart({ buckets, granularity, locale, labels, title, description }: Props) {
  const formatTime = formatterFor(granularity, locale);
  const formatCount = new Intl.NumberFormat(locale).format;
  return (
    <div className={styles.chart}>
      <LineChart
        responsive
        data={buckets}
        style={{ width: "100%", height: "100%" }}
        margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
        accessibilityLayer={false}
        role="img"
        title={title}
        desc={description}
      >
        <CartesianGrid stroke="#e4ded3" strokeDasharray="2 4" />
        <XAxis dataKey="start" tickFormatter={formatTime} minTickGap={24} tick={{ fill: "#4d4863", fontSize: 12 }} />
        <YAxis allowDecimals={false} tickFormatter={formatCount} width={48} tick={{ fill: "#4d4863", fontSize: 12 }} />
        <Tooltip labelFormatter={(value) => formatTime(String(value))} formatter={(value) => formatCount(Number(value))} />
        <Line
          type="linear"
          dataKey="confirmed"
          name={labels.confirmed}
          stroke={CONFIRMED.colour}
          strokeWidth={2.5}
          dot={{ r: 3, fill: CONFIRMED.colour, stroke: CONFIRMED.colour }}
          isAnimationActive={false}
        />
        <Line
          type="linear"
          dataKey="pending"
          name={labels.pending}
          stroke={PENDING.colour}
          strokeWidth={2}
          strokeDasharray={PENDING.dash}
          dot={<SquareDot />}
          isAnimationActive={false}
        />
      </LineChart>
    </div>
  );
}
