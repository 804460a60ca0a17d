// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { classroomWorld } from '../../../src/content/worlds/classroom';
import { WorldEditor } from '../../../src/ui/editor/WorldEditor';
import { applyLanguage, initI18n } from '../../../src/ui/i18n';
import { patchedWorld } from '../../../src/world/scenario-check';

// A form of some 300 inputs in jsdom, on a machine shared by several runs: the first render
// alone can take seconds. Nothing here measures speed.
vi.setConfig({ testTimeout: 30_000 });

beforeAll(() => {
  initI18n('en');
});
afterEach(() => {
  cleanup();
  applyLanguage('en');
});

const classroom = patchedWorld(classroomWorld);

function renderEditor(busy = false) {
  const onApply = vi.fn();
  const view = render(
    <WorldEditor world={classroom} onApply={onApply} applyLabel="Run again" busy={busy} />,
  );
  return { onApply, view };
}

/** The fieldset of that legend (by text: role queries are slow on a form this size). */
function group(name: string) {
  const legend = [...document.querySelectorAll('legend')].find((l) => l.textContent === name);
  if (legend?.parentElement == null) throw new Error(`no group ${name}`);
  return within(legend.parentElement);
}
const sending = () => group('Sending — Alice Martin’s client');
const apply = () => fireEvent.click(screen.getByText('Run again'));

describe('the world editor', () => {
  it("shows the classroom world's values", () => {
    renderEditor();
    expect(sending().getByLabelText('Port')).toHaveProperty('value', '587');
    expect(sending().getByLabelText('Encryption (TLS)')).toHaveProperty('value', 'starttls');
    expect(sending().getByLabelText('Password')).toHaveProperty('value', 'merveilles');
    const mx = group('mx.ecole.example — SMTP port 25 (receiving)');
    expect(mx.getByLabelText('DMARC policy')).toHaveProperty('value', 'enforce');
    expect(mx.getByLabelText('Greylisting delay (s)')).toHaveProperty('value', '');
    expect(screen.getByText('Nothing changed yet.')).toBeDefined();
  });

  it('refuses port 70000 with a message next to the field and a summary, without applying', () => {
    const { onApply } = renderEditor();
    const port = sending().getByLabelText('Port');
    fireEvent.change(port, { target: { value: '70000' } });
    expect(port.getAttribute('aria-invalid')).toBe('true');
    const message = 'Port must be at most 65535 (it is 70000).';
    expect(sending().getByText(message)).toBeDefined();
    apply();
    expect(onApply).not.toHaveBeenCalled();
    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('heading').textContent).toBe('Values to correct: 1');
    const link = within(summary).getByRole('link', {
      name: `Sending — Alice Martin’s client — ${message}`,
    });
    fireEvent.click(link);
    expect(document.activeElement).toBe(port);
  });

  it('refuses an empty password', () => {
    const { onApply } = renderEditor();
    fireEvent.change(sending().getByLabelText('Password'), { target: { value: '' } });
    apply();
    expect(onApply).not.toHaveBeenCalled();
    expect(sending().getByText('Password is missing.')).toBeDefined();
  });

  it('refuses a bad IP address in a DNS record', () => {
    const { onApply } = renderEditor();
    const index = classroom.dns.records.findIndex((r) => r.name === 'mx.ecole.example');
    const record = group(`DNS records ${index + 1}`);
    fireEvent.change(record.getByLabelText('Address'), { target: { value: '198.51.100.300' } });
    apply();
    expect(onApply).not.toHaveBeenCalled();
    expect(
      record.getByText(
        `DNS records ${index + 1} — Address is not valid: it must be an IPv4 address (like 192.0.2.10), not “198.51.100.300”.`,
      ),
    ).toBeDefined();
  });

  it('applies a valid edit with the patch from the given world, and lists the change', () => {
    const { onApply } = renderEditor();
    fireEvent.change(sending().getByLabelText('Port'), { target: { value: '465' } });
    fireEvent.change(sending().getByLabelText('Encryption (TLS)'), {
      target: { value: 'implicit' },
    });
    const changes = within(screen.getByRole('region', { name: 'What you changed' }));
    expect(changes.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Sending — Alice Martin’s client — Port: 587 → 465',
      'Sending — Alice Martin’s client — Encryption (TLS): starttls → implicit',
    ]);
    apply();
    expect(onApply).toHaveBeenCalledTimes(1);
    const [edited, patch] = onApply.mock.calls[0] as [typeof classroom, unknown];
    const client = ['clients', { id: 'alice-mua' }, 'submit'];
    expect(patch).toEqual([
      { op: 'set', path: [...client, 'port'], value: 465 },
      { op: 'set', path: [...client, 'tls'], value: 'implicit' },
    ]);
    expect(edited.clients[0]?.submit).toEqual({
      ...classroom.clients[0]?.submit,
      port: 465,
      tls: 'implicit',
    });
  });

  it('turns greylisting on with a delay, and a list field edits line by line', () => {
    const { onApply } = renderEditor();
    const mx = group('mx.ecole.example — SMTP port 25 (receiving)');
    fireEvent.change(mx.getByLabelText('Greylisting delay (s)'), { target: { value: '300' } });
    fireEvent.change(mx.getByLabelText('Trusted networks (mynetworks)'), {
      target: { value: '127.0.0.0/8\n198.51.100.0/24\n' },
    });
    apply();
    const policy = ['hosts', { id: 'mx-ecole' }, 'listeners', { port: 25 }, 'policy'];
    expect(onApply.mock.calls[0]?.[1]).toEqual([
      { op: 'set', path: [...policy, 'mynetworks'], value: ['127.0.0.0/8', '198.51.100.0/24'] },
      { op: 'set', path: [...policy, 'greylistDelay'], value: 300 },
    ]);
  });

  it('hides the AUTH settings when AUTH is off, and gives them back when it is on again', () => {
    renderEditor();
    const auth = sending().getByLabelText('Authentication (AUTH)');
    fireEvent.click(auth);
    expect(sending().queryByLabelText('Password')).toBeNull();
    fireEvent.click(auth);
    expect(sending().getByLabelText('Password')).toHaveProperty('value', 'merveilles');
  });

  it('keeps the draft when the caller passes an equal world again, and resets on a new one', () => {
    const { view } = renderEditor();
    fireEvent.change(sending().getByLabelText('Port'), { target: { value: '25' } });
    const rerender = (world: typeof classroom) =>
      view.rerender(<WorldEditor world={world} onApply={() => {}} applyLabel="Run again" />);
    rerender(structuredClone(classroom));
    expect(sending().getByLabelText('Port')).toHaveProperty('value', '25');
    const other = structuredClone(classroom);
    other.clients[0]!.submit!.port = 465;
    rerender(other);
    expect(sending().getByLabelText('Port')).toHaveProperty('value', '465');
  });

  it('resets to the world as given', () => {
    renderEditor();
    fireEvent.change(sending().getByLabelText('Port'), { target: { value: '25' } });
    fireEvent.click(screen.getByRole('button', { name: 'Back to the world as given' }));
    expect(sending().getByLabelText('Port')).toHaveProperty('value', '587');
    expect(screen.getByText('Nothing changed yet.')).toBeDefined();
  });

  it('adds and removes a DNS record', () => {
    const { onApply } = renderEditor();
    const dns = group('DNS');
    fireEvent.click(dns.getByRole('button', { name: 'Add — DNS records' }));
    const number = classroom.dns.records.length + 1;
    const added = group(`DNS records ${number}`);
    fireEvent.change(added.getByLabelText('Type'), { target: { value: 'TXT' } });
    fireEvent.change(added.getByLabelText('Name'), { target: { value: '_dmarc.ecole.example' } });
    fireEvent.change(added.getByLabelText('Text'), { target: { value: 'v=DMARC1; p=reject' } });
    fireEvent.click(dns.getByRole('button', { name: 'Remove DNS records 1' }));
    apply();
    expect(onApply.mock.calls[0]?.[1]).toEqual([
      { op: 'remove', path: ['dns', 'records', { type: 'MX', name: 'lycee.example' }] },
      {
        op: 'push',
        path: ['dns', 'records'],
        value: { type: 'TXT', name: '_dmarc.ecole.example', text: 'v=DMARC1; p=reject' },
      },
    ]);
  });

  it('speaks French, with the errors in French', () => {
    applyLanguage('fr');
    renderEditor();
    const envoi = group('Envoi — client d’Alice Martin');
    fireEvent.change(envoi.getByLabelText('Port'), { target: { value: '70000' } });
    expect(envoi.getByText('Port doit valoir au plus 65535 (il vaut 70000).')).toBeDefined();
  });

  it('disables the form while busy', () => {
    const { onApply } = renderEditor(true);
    // A disabled fieldset disables every input in it (the inputs' own property stays false).
    expect(sending().getByLabelText('Port').matches(':disabled')).toBe(true);
    apply();
    expect(onApply).not.toHaveBeenCalled();
  });

  it('has no axe violations, with errors shown', async () => {
    const { view } = renderEditor();
    fireEvent.change(sending().getByLabelText('Port'), { target: { value: '70000' } });
    apply();
    const results = await axe.run(view.container, {
      // jsdom lays nothing out: contrast is checked in the browser.
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(results.violations.map((v) => [v.id, v.nodes.map((n) => n.target)])).toEqual([]);
    // axe walks every node of a form this size: slow in jsdom on a shared machine.
  }, 60_000);
});
