"use client";

import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { useHydrated } from "@/components/tools/use-hydrated";
import { FieldNotes, describedBy, inputClassName } from "@/components/forms/text-field";
import { buttonClass } from "@/components/ui/button";
import { filterTimeZones, timeZoneLabel, withDeviceZone, zoneNamed, type TimeZoneChoice, type TimeZoneList } from "@/lib/plans/time-zone-choices";

type Props = {
  id: string;
  name: string;
  label: string;
  hint: string;
  /** The saved zone, or what was typed before a refused save. */
  defaultValue: string;
  error?: string;
  zones: TimeZoneList;
};

/**
 * A searchable time zone: an editable combobox with a list that narrows as you type (the ARIA
 * practices' "list autocomplete" pattern). Until JavaScript has run, and without it, a plain
 * select with the same suggestions first.
 */
export function TimeZoneField(props: Props) {
  const hydrated = useHydrated();
  const hint = hydrated ? `${props.hint} Type a city or region to narrow the list, for example London or New York.` : props.hint;
  return (
    <div className="mt-4">
      <label htmlFor={props.id} className="block font-semibold">
        {props.label}
      </label>
      <FieldNotes id={props.id} hint={hint} error={props.error} />
      {hydrated ? <TimeZoneCombobox {...props} hint={hint} /> : <TimeZoneSelect {...props} />}
    </div>
  );
}

function TimeZoneSelect({ id, name, hint, defaultValue, error, zones }: Props) {
  const option = (zone: TimeZoneChoice) => (
    <option key={zone.value} value={zone.value}>
      {optionText(zone)}
    </option>
  );
  return (
    <select
      id={id}
      name={name}
      // A typed zone that was refused is not in the list: the browser then shows the first, the saved one.
      defaultValue={defaultValue}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(id, hint, error)}
      className={inputClassName()}
    >
      <optgroup label="Suggested">{zones.suggested.map(option)}</optgroup>
      <optgroup label="All time zones">{zones.others.map(option)}</optgroup>
    </select>
  );
}

const optionText = (zone: TimeZoneChoice) => [zone.label, zone.offset, zone.note].filter(Boolean).join(" · ");

function deviceTimeZone(): string | null {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone ?? null;
  } catch {
    return null;
  }
}

function TimeZoneCombobox({ id, name, hint, defaultValue, error, zones }: Props) {
  // The text shown is the zone's label ("Asia/Calcutta (Kolkata)"); the hidden field posts its name.
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  // Read once the page is interactive: the server cannot know the device's zone.
  const [device] = useState(deviceTimeZone);
  const list = useMemo(() => withDeviceZone(zones, device), [zones, device]);
  const [text, setText] = useState(() => zoneNamed(list, defaultValue)?.label ?? defaultValue);
  // What the list is narrowed by: empty after a choice, so reopening shows every zone.
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  const shown = useMemo(() => filterTimeZones(list, query), [list, query]);
  const flat = useMemo(() => [...shown.suggested, ...shown.others], [shown]);
  const chosen = zoneNamed(list, text)?.value;
  const optionId = (index: number) => `${listId}-option-${index}`;
  const expanded = open && flat.length > 0;
  const noMatch = query.trim() !== "" && flat.length === 0;

  useEffect(() => {
    if (expanded && active >= 0) document.getElementById(`${listId}-option-${active}`)?.scrollIntoView({ block: "nearest" });
  }, [expanded, active, listId]);

  function choose(zone: TimeZoneChoice) {
    setText(zone.label);
    setQuery("");
    setOpen(false);
    setActive(-1);
  }

  function openAt(index: number) {
    setOpen(true);
    setActive(flat.length === 0 ? -1 : Math.max(0, Math.min(index, flat.length - 1)));
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        if (event.altKey) setOpen(true);
        else openAt(expanded ? active + 1 : 0);
        return;
      case "ArrowUp":
        event.preventDefault();
        if (event.altKey) setOpen(false);
        else openAt(expanded ? Math.max(active - 1, 0) : flat.length - 1);
        return;
      case "Enter":
        // With an option highlighted, Enter picks it; otherwise it submits the form as usual.
        if (expanded && active >= 0 && flat[active]) {
          event.preventDefault();
          choose(flat[active]);
        }
        return;
      case "Escape":
        if (open) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        }
        return;
    }
  }

  const deviceSuggestion = device && device !== chosen ? list.suggested.find((zone) => zone.value === device) : undefined;

  return (
    <>
      <div className="relative max-w-md">
        {/* What is posted: the zone the text names, or the text itself for the server to refuse. */}
        <input type="hidden" name={name} value={chosen ?? text} />
        <input
          ref={inputRef}
          id={id}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setQuery(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          // Typing then replaces the zone shown rather than adding to its end.
          onFocus={(event) => event.target.select()}
          onBlur={() => {
            setOpen(false);
            setActive(-1);
          }}
          className={`${inputClassName()} pr-11`}
        />
        <button
          type="button"
          // Pointer users' way to open the list; keyboard users have the arrow keys.
          tabIndex={-1}
          aria-label="Show all time zones"
          aria-controls={listId}
          aria-expanded={expanded}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => {
            inputRef.current?.focus();
            if (expanded) return setOpen(false);
            setQuery("");
            setOpen(true);
            setActive(-1);
          }}
          className="absolute inset-y-0 right-0 mt-1 flex w-10 items-center justify-center text-ink"
        >
          <span aria-hidden="true">▾</span>
        </button>
        <div
          id={listId}
          role="listbox"
          aria-label="Time zones"
          hidden={!expanded}
          className="absolute z-20 mt-1 max-h-72 w-full overflow-y-auto rounded border border-muted bg-white py-1 shadow-lg"
        >
          {expanded ? (
            <>
              <OptionGroup title="Suggested" zones={shown.suggested} offset={0} {...{ active, chosen, optionId, choose, setActive, listId }} />
              <OptionGroup title="All time zones" zones={shown.others} offset={shown.suggested.length} {...{ active, chosen, optionId, choose, setActive, listId }} />
            </>
          ) : null}
        </div>
      </div>
      {/* Shown whether or not the list is open: a message that vanished on blur would move the Save
          button from under a pointer between its press and release. */}
      <p role="status" aria-live="polite" className={noMatch ? "mt-1 text-sm" : "sr-only"}>
        {noMatch
          ? `No time zone matches “${query.trim()}”. Try a city, such as London or New York.`
          : open
            ? `${flat.length} time ${flat.length === 1 ? "zone matches" : "zones match"}`
            : ""}
      </p>
      {deviceSuggestion ? (
        <p className="mt-1 flex flex-wrap items-center gap-x-1 text-sm">
          This device is set to {deviceSuggestion.label}.
          <button type="button" className={buttonClass("quiet", "sm")} onClick={() => choose(deviceSuggestion)}>
            Use {timeZoneLabel(deviceSuggestion.value)}
          </button>
        </p>
      ) : null}
    </>
  );
}

type GroupProps = {
  title: string;
  zones: TimeZoneChoice[];
  /** The first option's place in the whole list, for its id and arrow keys. */
  offset: number;
  active: number;
  chosen: string | undefined;
  listId: string;
  optionId: (index: number) => string;
  choose: (zone: TimeZoneChoice) => void;
  setActive: (index: number) => void;
};

function OptionGroup({ title, zones, offset, active, chosen, listId, optionId, choose, setActive }: GroupProps) {
  if (zones.length === 0) return null;
  const headingId = `${listId}-${title === "Suggested" ? "suggested" : "all"}`;
  return (
    <div role="group" aria-labelledby={headingId}>
      <div role="presentation" id={headingId} className="px-3 pt-2 pb-1 text-sm font-semibold text-muted">
        {title}
      </div>
      {zones.map((zone, index) => {
        const at = offset + index;
        return (
          <div
            key={zone.value}
            id={optionId(at)}
            role="option"
            aria-selected={at === active}
            // Keeps focus in the input, so choosing with a pointer does not close the list first.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(zone)}
            onMouseMove={() => at !== active && setActive(at)}
            className={`flex cursor-pointer flex-wrap items-baseline justify-between gap-x-3 px-3 py-2 ${at === active ? "bg-brand-soft text-brand-dark" : ""}`}
          >
            <span className={zone.value === chosen ? "font-semibold" : undefined}>
              {zone.value === chosen ? <span className="sr-only">Chosen: </span> : null}
              {zone.label}
              {zone.note ? <span className="block text-sm font-normal text-muted">{zone.note}</span> : null}
            </span>
            <span className="text-sm text-muted">{zone.offset}</span>
          </div>
        );
      })}
    </div>
  );
}
