"use client";

import { useRef, useState, useTransition, type FormEvent } from "react";
import { USE_SERVER_ACTION } from "./api-answer";

/**
 * The page moves on instead of showing a state. Leaving it keeps the form locked (a second
 * click must not send again while the next page loads); rendering it again (`staysHere`)
 * unlocks it, in case the same form is shown again.
 */
export type Navigation = { navigate: () => void; staysHere: boolean };

function isNavigation(value: unknown): value is Navigation {
  return typeof value === "object" && value !== null && typeof (value as Navigation).navigate === "function";
}

/**
 * Progressive enhancement for a public form whose server action has a JSON API twin: the
 * form keeps `action={serverAction}` (so it posts without JavaScript, and before hydration),
 * and once React runs, its submit is taken over here and sent by `send` instead, which
 * is far cheaper for the server. `state` is what the fast path last answered (null until
 * then: the action's state stands). One submission at a time: a second click while one is
 * on its way sends nothing.
 */
export function useFastSubmit<State>() {
  const [state, setState] = useState<State | null>(null);
  const [pending, startTransition] = useTransition();
  const inFlight = useRef(false);
  /** Set just before the form is submitted again for its server action to take. */
  const toServerAction = useRef(false);

  /**
   * `send` answers a state to show, where to go next (see Navigation), or USE_SERVER_ACTION.
   * Input the browser itself finds incomplete (a required field empty, an address without
   * "@") also goes to the server action, which answers with the same field messages: the API
   * would refuse it with a 422, which browsers log in the console as a failed request.
   */
  function onSubmit(event: FormEvent<HTMLFormElement>, send: (formData: FormData) => Promise<State | Navigation | typeof USE_SERVER_ACTION>) {
    const form = event.currentTarget;
    if (toServerAction.current || (!inFlight.current && !form.checkValidity())) {
      // Not prevented: React runs the form's own action, whose state is then the one shown.
      toServerAction.current = false;
      setState(null);
      return;
    }
    // Cancels the form's own action too: React runs it only when the event was not prevented.
    event.preventDefault();
    if (inFlight.current) return;
    inFlight.current = true;
    const formData = new FormData(form);
    startTransition(async () => {
      const next = await send(formData);
      if (next === USE_SERVER_ACTION) {
        inFlight.current = false;
        toServerAction.current = true;
        form.requestSubmit();
        return;
      }
      if (isNavigation(next)) {
        // Inside the transition, so the button stays disabled until the next page is shown.
        startTransition(() => next.navigate());
        if (next.staysHere) inFlight.current = false;
        return;
      }
      inFlight.current = false;
      startTransition(() => setState(next));
    });
  }

  return { state, pending, onSubmit };
}
