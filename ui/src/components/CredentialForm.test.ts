import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import CredentialForm from './CredentialForm.svelte';
import { answerCommands, failWith, resetCommands } from '../lib/ipc/testing';
import { credentialOf, emptyValues, valuesOf } from '../lib/forms/credential';
import type { Credential } from '../lib/ipc';

afterEach(resetCommands);

const noop = () => {};

async function choose(label: string | RegExp, value: string) {
  const el = screen.getByLabelText(label) as HTMLInputElement | HTMLSelectElement;
  el.value = value;
  await fireEvent.input(el);
  await fireEvent.change(el);
}

describe('CredentialForm', () => {
  it('labels every control of every kind', async () => {
    answerCommands({ validate_credential: () => [] });
    render(CredentialForm, { onsaved: noop, oncancel: noop });
    const kinds = ['state_license', 'compact_privilege', 'telehealth_registration', 'dea_registration', 'state_csr', 'malpractice_policy', 'board_certification', 'imlc_loq', 'caqh_attestation'];
    for (const kind of kinds) {
      await choose('Kind', kind);
      const controls = document.querySelectorAll('form input, form select, form textarea');
      expect(controls.length, kind).toBeGreaterThan(1);
      for (const c of controls) {
        const labelled = c.id !== '' && document.querySelector(`label[for="${c.id}"]`) !== null;
        const wrapped = c.closest('label') !== null;
        expect(labelled || wrapped, `${kind}: ${c.outerHTML}`).toBe(true);
      }
    }
  });

  it('shows the core issues of a refused save at their fields', async () => {
    const cases = [
      { name: 'DEA check digit', field: 'detail/number', id: 'cred-number', message: 'the DEA check digit does not match' },
      { name: 'dates in order', field: 'detail/expires', id: 'cred-expires', message: 'Expires is before 2026-01-01' },
      { name: 'duplicate', field: 'detail/number', id: 'cred-number', message: 'the same credential (kind, jurisdiction and number) is already recorded' },
    ];
    for (const c of cases) {
      answerCommands({
        validate_credential: () => [],
        save_credential: failWith({ code: 'invalid', message: 'not saved', issues: [{ severity: 'error', code: 'x', field: c.field, message: c.message }] }),
      });
      const { unmount } = render(CredentialForm, { onsaved: noop, oncancel: noop });
      await choose(/^State/, 'TX');
      await choose(/^License type/, 'MD');
      await choose(/^License number/, 'Q1');
      await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
      const msg = await screen.findByText(c.message);
      const input = document.getElementById(c.id);
      expect(input?.getAttribute('aria-invalid'), c.name).toBe('true');
      expect(input?.getAttribute('aria-describedby'), c.name).toContain(msg.closest('ul')?.id);
      unmount();
      resetCommands();
    }
  });

  it('checks required fields before sending anything', async () => {
    answerCommands({ validate_credential: () => [] });
    render(CredentialForm, { onsaved: noop, oncancel: noop });
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByText('License number is required')).textContent).toBeTruthy();
    expect(document.getElementById('cred-jurisdiction')?.getAttribute('aria-invalid')).toBe('true');
  });

  it('shows a DEA last-name warning without marking the field invalid', async () => {
    answerCommands({ validate_credential: () => [{ severity: 'warning', code: 'dea_last_name', field: 'detail/number', message: 'the second letter does not match your family name' }] });
    render(CredentialForm, { onsaved: noop, oncancel: noop });
    await choose('Kind', 'dea_registration');
    await choose(/^DEA number/, 'BX1234563');
    await choose(/^State/, 'TX');
    const msg = await screen.findByText(/second letter/);
    expect(msg.textContent).toContain('Warning');
    expect(document.getElementById('cred-number')?.getAttribute('aria-invalid')).toBeNull();
  });

  it('round-trips a stored credential through the form values', () => {
    const stored: Credential[] = [
      { id: 'c1', notes: 'n', detail: { kind: 'state_license', jurisdiction: 'TX', license_type: 'MD', number: 'Q1', status: 'active', restriction_notes: '', issued: null, expires: '2027-02-28', route: 'direct' } },
      { id: 'c2', notes: '', detail: { kind: 'malpractice_policy', carrier: 'Acme', policy_number: '', basis: 'claims_made', retroactive_date: null, per_claim_limit: 1000000, aggregate_limit: null, coverage: { scope: 'listed', jurisdictions: ['TX', 'NY'] }, telehealth_covered: 'yes', period_start: '2026-01-01', period_end: '2027-01-01', tail: 'none', employer_provided: false, compensation_funds: ['KS'] } },
      { id: 'c3', notes: '', detail: { kind: 'dea_registration', number: 'BR1234563', jurisdiction: 'TX', schedules: ['2', '3'], expires: null } },
    ];
    for (const c of stored) {
      expect(credentialOf(c.id, c.detail.kind, valuesOf(c)), c.id).toEqual(c);
    }
    expect(emptyValues('caqh_attestation').text['last_attested']).toBe('');
  });

  it('saves policy limits typed with and without thousands separators', async () => {
    let sent: Credential | null = null;
    answerCommands({
      validate_credential: () => [],
      save_credential: (args) => {
        sent = args.credential as Credential;
        return sent;
      },
    });
    render(CredentialForm, { onsaved: noop, oncancel: noop });
    await choose('Kind', 'malpractice_policy');
    await choose(/^Carrier/, 'The Doctors Company');
    await choose(/^Per-claim limit/, '1,000,000');
    await choose(/^Aggregate limit/, '3000000');
    await choose(/^Policy period starts/, '2026-01-01');
    await choose(/^Policy period ends/, '2027-01-01');
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await new Promise((r) => setTimeout(r, 0));
    expect(sent).not.toBeNull();
    const detail = sent!.detail as { per_claim_limit: number | null; aggregate_limit: number | null };
    expect([detail.per_claim_limit, detail.aggregate_limit]).toEqual([1_000_000, 3_000_000]);
    // The tail was never touched: it is "not recorded", not "no tail".
    expect((sent!.detail as { tail: string }).tail).toBe('unknown');
  });

  it('refuses a limit that is not a whole number at its field, sending nothing', async () => {
    let sent = false;
    answerCommands({
      validate_credential: () => [],
      save_credential: () => {
        sent = true;
        return null;
      },
    });
    render(CredentialForm, { onsaved: noop, oncancel: noop });
    await choose('Kind', 'malpractice_policy');
    await choose(/^Carrier/, 'Acme');
    await choose(/^Per-claim limit/, '1.5M');
    await choose(/^Policy period starts/, '2026-01-01');
    await choose(/^Policy period ends/, '2027-01-01');
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const msg = await screen.findByText(/Enter a whole number from 0 to/);
    expect(sent).toBe(false);
    const input = document.getElementById('cred-per_claim_limit');
    expect(input?.getAttribute('aria-invalid')).toBe('true');
    expect(input?.getAttribute('aria-describedby')).toContain(msg.closest('ul')?.id);
  });

  it('upper-cases a DEA number typed in lower case', () => {
    const values = emptyValues('dea_registration');
    values.text['number'] = ' bx1234563 ';
    values.text['jurisdiction'] = 'TX';
    const c = credentialOf('', 'dea_registration', values);
    expect((c.detail as { number: string }).number).toBe('BX1234563');
  });
  it('reads dates typed without separators or in US order, shows them as read, and refuses what is not a date at the field', async () => {
    const sent: Credential[] = [];
    answerCommands({
      validate_credential: () => [],
      save_credential: (args) => {
        sent.push(args.credential as Credential);
        return args.credential;
      },
    });
    render(CredentialForm, { onsaved: noop, oncancel: noop });
    await choose(/^State/, 'OH');
    await choose(/^License type/, 'MD');
    await choose(/^License number/, '35.123456');
    // Refused at the field, and nothing sent.
    await choose(/^Expires/, '02/30/2027');
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByText(/is not a date on the calendar/)).textContent).toContain('YYYY-MM-DD or MM/DD/YYYY');
    expect(document.getElementById('cred-expires')?.getAttribute('aria-invalid')).toBe('true');
    expect(sent).toHaveLength(0);
    // Typed as a card prints them: read, shown as read once the field is left, and saved.
    await choose(/^Issued/, '07012015');
    await choose(/^Expires/, '1/31/2028');
    await fireEvent.blur(screen.getByLabelText(/^Issued/));
    expect((screen.getByLabelText(/^Issued/) as HTMLInputElement).value).toBe('2015-07-01');
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await new Promise((r) => setTimeout(r, 0));
    expect(sent).toHaveLength(1);
    expect(sent[0]?.detail).toMatchObject({ issued: '2015-07-01', expires: '2028-01-31' });
  });

  it('leaves an empty date empty: no date shown and none saved', async () => {
    const sent: Credential[] = [];
    answerCommands({ validate_credential: () => [], save_credential: (args) => (sent.push(args.credential as Credential), args.credential) });
    render(CredentialForm, { onsaved: noop, oncancel: noop });
    expect((screen.getByLabelText(/^Expires/) as HTMLInputElement).value).toBe('');
    expect((screen.getByLabelText(/^Expires/) as HTMLInputElement).placeholder).toBe('');
    await choose(/^State/, 'OH');
    await choose(/^License type/, 'MD');
    await choose(/^License number/, '35.1');
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await new Promise((r) => setTimeout(r, 0));
    expect(sent[0]?.detail).toMatchObject({ issued: null, expires: null });
  });
});

