import { notFound } from "next/navigation";

// Any path no page claims: the localized 404 page, inside the layout.
export default function UnknownPage() {
  notFound();
}
