import { isValidElement, type ReactNode } from "react";
import type { PreviewFontWeight, TextRun } from "./preview-fonts";

type Inherited = { weight: PreviewFontWeight; language?: string };

/**
 * Every piece of text in an element tree with the weight and language it is drawn in
 * (inherited as in CSS), so the fonts loaded for a render are exactly those it needs.
 * The tree is plain elements, as satori takes it: no components to call.
 */
export function textRunsOf(node: ReactNode, inherited: Inherited = { weight: 400 }): TextRun[] {
  if (node === null || node === undefined || typeof node === "boolean") return [];
  if (typeof node === "string" || typeof node === "number") {
    return [{ text: String(node), weight: inherited.weight, language: inherited.language }];
  }
  if (Array.isArray(node)) return node.flatMap((child) => textRunsOf(child, inherited));
  if (!isValidElement(node)) return [];
  const props = node.props as { children?: ReactNode; lang?: string; style?: { fontWeight?: number | string } };
  const weight = props.style?.fontWeight;
  return textRunsOf(props.children, {
    weight: weight === undefined ? inherited.weight : Number(weight) >= 600 || weight === "bold" ? 700 : 400,
    language: props.lang ?? inherited.language,
  });
}
