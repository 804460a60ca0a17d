import { useEffect, useMemo, useRef, useState, type FormEvent, type JSX } from 'react';
import { useLanguage, useT } from '../i18n';
import type { Localized } from '../../content/scenarios/types';
import { en } from '../../content/locales/en';
import { fr } from '../../content/locales/fr';
import {
  checkDraft,
  columnId,
  describeChanges,
  dnsRecordTemplate,
  editGroups,
  linesFromInput,
  numberFromInput,
  readValue,
  worldPatch,
  writeValue,
  type Change,
  type Column,
  type Draft,
  type EditField,
  type EditGroup,
  type PlacedError,
} from '../../state/world-edits';
import { formatConfigError } from '../../world/config/format-error';
import type { WorldPatch } from '../../world/config/patch';
import type { WorldConfig } from '../../world/config/schema';
import { validateWorld } from '../../world/config/validate';
import './editor.css';

export interface WorldEditorProps {
  /** The world as it stands now (a valid config: the broken world, or the classroom world). */
  world: WorldConfig;
  /** Called with the edited world once it validates, and the patch from `world` to it. */
  onApply: (edited: WorldConfig, patch: WorldPatch) => void;
  /** The apply button's text, e.g. t('troubleshoot.rerun'). */
  applyLabel: string;
  /** Optional: disables the form while the caller runs the world. */
  busy?: boolean;
}

type Lang = 'fr' | 'en';

const domId = (...parts: (string | number)[]) =>
  `editor-${parts.join('-')}`.replace(/[^A-Za-z0-9_-]/g, '_');

/** The id of the input an error sends the reader to. */
function inputFor(groups: readonly EditGroup[], placed: PlacedError, draft: Draft): string | null {
  if (placed.at === null) return null;
  const { fieldId, item, column } = placed.at;
  const f = groups.flatMap((g) => g.fields).find((x) => x.id === fieldId);
  if (f === undefined) return null;
  if (f.kind === 'records') {
    if (item === undefined) return domId(f.id, 'add');
    const record = (readValue(draft, f.path) as unknown[] | undefined)?.[item];
    const first = visibleColumns(f, record)[0];
    return domId(f.id, item, column ?? (first ? columnId(first) : 'remove'));
  }
  if (f.kind === 'multi') return domId(f.id, f.options[0] ?? '');
  return domId(f.id);
}

function visibleColumns(f: Extract<EditField, { kind: 'records' }>, record: unknown): Column[] {
  const type = (record as { type?: unknown } | undefined)?.type;
  return f.columns.filter((c) => c.types === undefined || c.types.includes(String(type)));
}

/** The messages about one input, which the input names in aria-describedby. */
function ErrorLines({ id, messages }: { id: string; messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <ul className="editor-field-errors" id={id}>
      {messages.map((text, i) => (
        <li key={i}>{text}</li>
      ))}
    </ul>
  );
}

/** A list typed one item a line; it keeps its own text so a new line can be started. */
function LinesInput(props: {
  id: string;
  value: unknown;
  describedBy: string | undefined;
  invalid: boolean;
  onChange(lines: string[]): void;
}) {
  const list = Array.isArray(props.value) ? props.value.map(String) : [];
  const [text, setText] = useState(list.join('\n'));
  const joined = list.join('\n');
  // The draft changed from outside (reset): show it.
  if (linesFromInput(text).join('\n') !== joined) setText(joined);
  return (
    <textarea
      id={props.id}
      rows={Math.min(Math.max(list.length + 1, 2), 6)}
      value={text}
      spellCheck={false}
      aria-invalid={props.invalid || undefined}
      aria-describedby={props.describedBy}
      onChange={(event) => {
        setText(event.target.value);
        props.onChange(linesFromInput(event.target.value));
      }}
    />
  );
}

interface InputProps {
  id: string;
  kind: Column['kind'];
  value: unknown;
  options?: readonly string[];
  nullable?: boolean;
  describedBy: string | undefined;
  invalid: boolean;
  optionLabel(value: string): string;
  onChange(value: unknown): void;
}

/** One input of the kind the setting needs; the draft keeps what was typed, valid or not. */
function ScalarInput(props: InputProps) {
  const common = {
    id: props.id,
    'aria-invalid': props.invalid || undefined,
    'aria-describedby': props.describedBy,
  };
  switch (props.kind) {
    case 'boolean':
      return (
        <input
          {...common}
          type="checkbox"
          checked={props.value === true}
          onChange={(event) => props.onChange(event.target.checked)}
        />
      );
    case 'choice': {
      const value = props.value === undefined ? '' : String(props.value);
      const options = props.options ?? [];
      return (
        <select {...common} value={value} onChange={(event) => props.onChange(event.target.value)}>
          {!options.includes(value) && <option value={value}>{value}</option>}
          {options.map((option) => (
            <option key={option} value={option}>
              {props.optionLabel(option)}
            </option>
          ))}
        </select>
      );
    }
    case 'number':
      return (
        <input
          {...common}
          type="text"
          inputMode="numeric"
          className="editor-number"
          value={props.value === null || props.value === undefined ? '' : String(props.value)}
          onChange={(event) =>
            props.onChange(numberFromInput(event.target.value, props.nullable === true))
          }
        />
      );
    case 'texts':
      return (
        <LinesInput
          id={props.id}
          value={props.value}
          describedBy={props.describedBy}
          invalid={props.invalid}
          onChange={props.onChange}
        />
      );
    case 'multiline':
      return (
        <textarea
          {...common}
          rows={4}
          value={typeof props.value === 'string' ? props.value.replaceAll('\r\n', '\n') : ''}
          onChange={(event) => props.onChange(event.target.value.replace(/\r?\n/g, '\r\n'))}
        />
      );
    default:
      return (
        <input
          {...common}
          type="text"
          spellCheck={false}
          autoComplete="off"
          value={typeof props.value === 'string' ? props.value : String(props.value ?? '')}
          onChange={(event) => props.onChange(event.target.value)}
        />
      );
  }
}

function normalized(world: WorldConfig): WorldConfig {
  const result = validateWorld(structuredClone(world));
  return result.ok ? result.world : world;
}

/** The settings of a world, grouped, checked as they are typed; applied only once valid. */
export function WorldEditor({
  world,
  onApply,
  applyLabel,
  busy = false,
}: WorldEditorProps): JSX.Element {
  const t = useT();
  const lang: Lang = useLanguage();
  const pick = (text: Localized) => text[lang];
  const errorTexts = (lang === 'fr' ? fr : en).worldErrors;

  // The world as given, with the schema's defaults, so the patch names real changes only. A
  // caller that builds an equal world on each render keeps the draft: only new content resets it.
  const worldKey = JSON.stringify(world);
  const [given, setGiven] = useState(() => ({ key: worldKey, base: normalized(world) }));
  const [draft, setDraft] = useState<Draft>(() => structuredClone(given.base) as Draft);
  if (given.key !== worldKey) {
    const base = normalized(world);
    setGiven({ key: worldKey, base });
    setDraft(structuredClone(base) as Draft);
  }
  const base = given.base;
  const groups = useMemo(() => editGroups(base), [base]);
  const [triedApply, setTriedApply] = useState(false);
  const summaryRef = useRef<HTMLHeadingElement>(null);
  const [focusSummary, setFocusSummary] = useState(0);
  useEffect(() => {
    if (focusSummary > 0) summaryRef.current?.focus();
  }, [focusSummary]);

  const check = useMemo(() => checkDraft(groups, draft), [groups, draft]);
  const errors = check.ok ? [] : check.errors;
  const changes = useMemo(() => describeChanges(groups, base, draft), [groups, base, draft]);
  const hostNames = useMemo(() => new Map(base.hosts.map((h) => [h.id, h.name])), [base]);

  const optionLabel = (value: string) => {
    if (value === '') return t('editor.anyHost');
    if (value === 'none') return t('editor.noTls');
    const host = hostNames.get(value);
    return host === undefined ? value : `${value} (${host})`;
  };

  const fieldLabels = new Map(
    groups.flatMap((g) => g.fields.map((f) => [f.id, { g, f }] as const)),
  );

  /** The label an error names: the field, and in a list the record number and column. */
  const errorLabel = (placed: PlacedError, withGroup: boolean): string => {
    if (placed.at === null) return t('editor.elsewhere');
    const found = fieldLabels.get(placed.at.fieldId);
    if (found === undefined) return t('editor.elsewhere');
    const { g, f } = found;
    let label = pick(f.label);
    if (placed.at.item !== undefined) {
      label = t('editor.record', { field: label, number: placed.at.item + 1 });
      const column =
        f.kind === 'records' ? f.columns.find((c) => columnId(c) === placed.at?.column) : undefined;
      if (column !== undefined) label += ` — ${pick(column.label)}`;
    }
    return withGroup ? `${pick(g.title)} — ${label}` : label;
  };
  const message = (placed: PlacedError, withGroup: boolean) =>
    formatConfigError({ ...placed.error, path: errorLabel(placed, withGroup) }, errorTexts);

  const errorsAt = (fieldIdValue: string, item?: number, column?: string) =>
    errors.filter(
      (e) =>
        e.at !== null &&
        e.at.fieldId === fieldIdValue &&
        e.at.item === item &&
        (item === undefined || e.at.column === column),
    );

  const update = (f: EditField, value: unknown) => setDraft((d) => writeValue(d, f.path, value));

  const apply = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (check.ok) {
      setTriedApply(false);
      onApply(check.world, worldPatch(base, check.world));
    } else {
      setTriedApply(true);
      setFocusSummary((n) => n + 1);
    }
  };

  const reset = () => {
    setDraft(structuredClone(base) as Draft);
    setTriedApply(false);
  };

  const renderScalar = (f: EditField) => {
    if (f.kind === 'records' || f.kind === 'multi') return null;
    const id = domId(f.id);
    const fieldErrors = errorsAt(f.id);
    const describedBy = [`${id}-help`, fieldErrors.length > 0 ? `${id}-errors` : '']
      .filter(Boolean)
      .join(' ');
    const value = readValue(draft, f.path);
    const presence = f.kind === 'presence';
    const checkbox = presence || f.kind === 'boolean';
    const input = presence ? (
      <input
        id={id}
        type="checkbox"
        checked={value !== null && value !== undefined}
        aria-describedby={describedBy}
        onChange={(event) =>
          update(f, event.target.checked ? (readValue(base, f.path) ?? f.template) : null)
        }
      />
    ) : (
      <ScalarInput
        id={id}
        kind={f.kind}
        value={value}
        options={f.kind === 'choice' ? f.options : undefined}
        nullable={f.kind === 'number' ? f.nullable : undefined}
        describedBy={describedBy}
        invalid={fieldErrors.length > 0}
        optionLabel={optionLabel}
        onChange={(next) => update(f, next)}
      />
    );
    return (
      <div
        key={f.id}
        className={`editor-field${checkbox ? ' editor-field-check' : ''}${fieldErrors.length > 0 ? ' editor-invalid' : ''}`}
      >
        {checkbox && input}
        <label htmlFor={id}>{pick(f.label)}</label>
        {!checkbox && input}
        <p className="editor-help" id={`${id}-help`}>
          {pick(f.help)}
        </p>
        <ErrorLines id={`${id}-errors`} messages={fieldErrors.map((e) => message(e, false))} />
      </div>
    );
  };

  const renderMulti = (f: Extract<EditField, { kind: 'multi' }>) => {
    const value = readValue(draft, f.path);
    const ticked = Array.isArray(value) ? value.map(String) : [];
    const fieldErrors = errors.filter((e) => e.at?.fieldId === f.id);
    const helpId = domId(f.id, 'help');
    return (
      <fieldset key={f.id} className="editor-multi" aria-describedby={helpId}>
        <legend>{pick(f.label)}</legend>
        <p className="editor-help" id={helpId}>
          {pick(f.help)}
        </p>
        <div className="editor-options">
          {f.options.map((option) => (
            <label key={option} className="editor-field-check">
              <input
                id={domId(f.id, option)}
                type="checkbox"
                checked={ticked.includes(option)}
                onChange={(event) =>
                  update(
                    f,
                    f.options.filter((o) =>
                      o === option ? event.target.checked : ticked.includes(o),
                    ),
                  )
                }
              />
              {optionLabel(option)}
            </label>
          ))}
        </div>
        <ErrorLines
          id={domId(f.id, 'errors')}
          messages={fieldErrors.map((e) => message(e, false))}
        />
      </fieldset>
    );
  };

  const renderRecords = (f: Extract<EditField, { kind: 'records' }>) => {
    const value = readValue(draft, f.path);
    const records = Array.isArray(value) ? value : [];
    const helpId = domId(f.id, 'help');
    const setRecord = (index: number, record: unknown) =>
      update(
        f,
        records.map((r, i) => (i === index ? record : r)),
      );
    return (
      <fieldset key={f.id} className="editor-records" aria-describedby={helpId}>
        <legend>{pick(f.label)}</legend>
        <p className="editor-help" id={helpId}>
          {pick(f.help)}
        </p>
        <ol className="editor-record-list">
          {records.map((record: unknown, index) => {
            const legend = t('editor.record', { field: pick(f.label), number: index + 1 });
            const recordErrors = errorsAt(f.id, index, undefined);
            return (
              <li key={index}>
                <fieldset className="editor-record">
                  <legend className="visually-hidden">{legend}</legend>
                  <span className="editor-record-number" aria-hidden="true">
                    {index + 1}
                  </span>
                  {visibleColumns(f, record).map((column) => {
                    const key = columnId(column);
                    const id = domId(f.id, index, key);
                    const cellErrors = errorsAt(f.id, index, key);
                    const typeColumn = f.typed === true && key === 'type';
                    return (
                      <div
                        key={key}
                        className={`editor-cell editor-cell-${column.kind}${cellErrors.length > 0 ? ' editor-invalid' : ''}`}
                      >
                        <label htmlFor={id}>{pick(column.label)}</label>
                        <ScalarInput
                          id={id}
                          kind={column.kind}
                          value={readValue(record, column.key)}
                          options={column.options}
                          nullable={column.nullable}
                          describedBy={cellErrors.length > 0 ? `${id}-errors` : undefined}
                          invalid={cellErrors.length > 0}
                          optionLabel={optionLabel}
                          onChange={(next) =>
                            setRecord(
                              index,
                              typeColumn
                                ? dnsRecordTemplate(
                                    String(next),
                                    String(readValue(record, ['name']) ?? ''),
                                  )
                                : writeValue(record as object, column.key, next),
                            )
                          }
                        />
                        <ErrorLines
                          id={`${id}-errors`}
                          messages={cellErrors.map((e) => message(e, false))}
                        />
                      </div>
                    );
                  })}
                  <button
                    type="button"
                    id={domId(f.id, index, 'remove')}
                    className="editor-remove"
                    aria-label={t('editor.removeRecord', { record: legend })}
                    onClick={() =>
                      update(
                        f,
                        records.filter((_, i) => i !== index),
                      )
                    }
                  >
                    {t('editor.remove')}
                  </button>
                  <ErrorLines
                    id={domId(f.id, index, 'errors')}
                    messages={recordErrors.map((e) => message(e, false))}
                  />
                </fieldset>
              </li>
            );
          })}
        </ol>
        <button
          type="button"
          id={domId(f.id, 'add')}
          onClick={() => update(f, [...records, structuredClone(f.template)])}
        >
          {t('editor.add')} — {pick(f.label)}
        </button>
        <ErrorLines
          id={domId(f.id, 'errors')}
          messages={errorsAt(f.id).map((e) => message(e, false))}
        />
      </fieldset>
    );
  };

  const shownValue = (change: Change, value: string | null) => {
    if (change.kind === 'presence') return value === null ? t('editor.off') : t('editor.on');
    if (change.kind === 'boolean') return value === 'true' ? t('editor.yes') : t('editor.no');
    return value === null || value === '' ? t('editor.none') : value;
  };

  return (
    <form className="world-editor" onSubmit={apply} noValidate>
      <div className="editor-main">
        <h2>{t('editor.title')}</h2>
        <p className="editor-intro">{t('editor.intro')}</p>
        {triedApply && errors.length > 0 && (
          <div className="editor-summary" role="alert">
            <h3 ref={summaryRef} tabIndex={-1}>
              {t('editor.errorsTitle', { count: errors.length })}
            </h3>
            <p>{t('editor.errorsIntro')}</p>
            <ul>
              {errors.map((placed, i) => {
                const target = inputFor(groups, placed, draft);
                const text = message(placed, true);
                return (
                  <li key={i}>
                    {target === null ? (
                      text
                    ) : (
                      <a
                        href={`#${target}`}
                        onClick={(event) => {
                          event.preventDefault();
                          document.getElementById(target)?.focus();
                        }}
                      >
                        {text}
                      </a>
                    )}
                  </li>
                );
              })}
            </ul>
          </div>
        )}
        <fieldset className="editor-body" disabled={busy}>
          <legend className="visually-hidden">{t('editor.title')}</legend>
          {groups.map((group) => (
            <fieldset key={group.id} className="editor-group">
              <legend>{pick(group.title)}</legend>
              <div className="editor-fields">
                {group.fields.map((f) => {
                  if (f.shownWith !== undefined) {
                    const owner = fieldLabels.get(f.shownWith)?.f;
                    const present = readValue(draft, owner?.path ?? []);
                    if (present === null || present === undefined) return null;
                  }
                  if (f.kind === 'records') return renderRecords(f);
                  if (f.kind === 'multi') return renderMulti(f);
                  return renderScalar(f);
                })}
              </div>
            </fieldset>
          ))}
        </fieldset>
      </div>
      <div className="editor-side">
        <section className="editor-changes" aria-labelledby="editor-changes-title">
          <h3 id="editor-changes-title">{t('editor.changesTitle')}</h3>
          {changes.length === 0 ? (
            <p>{t('editor.noChanges')}</p>
          ) : (
            <ul>
              {changes.map((change, i) => (
                <li key={i}>
                  <span className="editor-change-name">
                    {pick(change.group)} — {pick(change.field)}
                  </span>
                  {lang === 'fr' ? '\u00a0: ' : ': '}
                  <span className="editor-change-values">
                    <del>{shownValue(change, change.before)}</del>
                    <span aria-hidden="true"> → </span>
                    <ins>{shownValue(change, change.after)}</ins>
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <div className="editor-actions">
          <button type="button" onClick={reset} disabled={busy || changes.length === 0}>
            {t('editor.reset')}
          </button>
          <button type="submit" className="editor-apply" disabled={busy}>
            {applyLabel}
          </button>
        </div>
      </div>
    </form>
  );
}

export default WorldEditor;
