import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import OfferForm from './OfferForm.svelte';
import { answerCommands, failWith, resetCommands } from '../lib/ipc/testing';
import { emptyOfferValues, missingOfferFields, offerOf, offerValuesOf } from '../lib/forms/offer';
import type { Offer } from '../lib/ipc';

afterEach(resetCommands);

const noop = () => {};

async function type(label: string | RegExp, value: string) {
  const el = screen.getByLabelText(label) as HTMLInputElement | HTMLSelectElement;
  el.value = value;
  await fireEvent.input(el);
  await fireEvent.change(el);
}

async function fillRequired() {
  await type(/^Employer/, 'Mesa Health');
  await fireEvent.click(screen.getByLabelText('New Mexico (NM)'));
  await type(/^Start/, '2027-01-04');
}

const stored: Offer = {
  id: 'o7',
  employer: 'Mesa Health',
  role: 'Psychiatrist',
  patient_jurisdictions: ['NM', 'AZ'],
  start: '2027-01-04',
  end: null,
  modalities: ['video', 'asynchronous'],
  controlled_substances: ['2', '4'],
  in_person_visits: false,
  employer_malpractice: { jurisdictions: ['NM'], telehealth_covered: 'yes', tail: 'employer' },
  fees_reimbursed: true,
  pay: '$240/h',
  notes: 'call back',
};

describe('OfferForm', () => {
  it('labels every control, with employer malpractice shown', async () => {
    render(OfferForm, { onsaved: noop, oncancel: noop });
    await type('Malpractice coverage', 'employer');
    const controls = document.querySelectorAll('form input, form select, form textarea');
    expect(controls.length).toBeGreaterThan(56 * 2);
    for (const c of controls) {
      const labelled = c.id !== '' && document.querySelector(`label[for="${c.id}"]`) !== null;
      const wrapped = c.closest('label') !== null;
      expect(labelled || wrapped, c.outerHTML).toBe(true);
    }
  });

  it('saves the offer it describes, open-ended when no end date is given', async () => {
    const saveOffer = vi.fn((args: Record<string, unknown>) => ({ ...(args['offer'] as Offer), id: 'o1' }));
    const onsaved = vi.fn();
    answerCommands({ save_offer: saveOffer });
    render(OfferForm, { onsaved, oncancel: noop });
    await fillRequired();
    await type('Role', 'Psychiatrist');
    await fireEvent.click(screen.getByLabelText('Audio only'));
    await fireEvent.click(screen.getByLabelText('Schedule II'));
    await type('Malpractice coverage', 'employer');
    await type('Telehealth covered', 'no');
    await type('Tail coverage', 'purchased');
    await fireEvent.click(screen.getByLabelText('The employer reimburses license and registration fees'));
    await fireEvent.click(screen.getByLabelText('The role also includes in-person visits in a patient state'));
    await type(/^Pay/, '$240/h');
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await vi.waitFor(() => expect(onsaved).toHaveBeenCalled());
    expect(saveOffer.mock.calls[0]?.[0]['offer']).toEqual({
      id: '',
      employer: 'Mesa Health',
      role: 'Psychiatrist',
      patient_jurisdictions: ['NM'],
      start: '2027-01-04',
      end: null,
      modalities: ['video', 'audio_only'],
      controlled_substances: ['2'],
      in_person_visits: true,
      employer_malpractice: { jurisdictions: [], telehealth_covered: 'no', tail: 'purchased' },
      fees_reimbursed: true,
      pay: '$240/h',
      notes: '',
    });
    expect(onsaved.mock.calls[0]?.[0].id).toBe('o1');
  });

  it('narrows the jurisdictions by typing and keeps the chosen ones listed', async () => {
    render(OfferForm, { onsaved: noop, oncancel: noop });
    await fireEvent.click(screen.getByLabelText('Texas (TX)'));
    const find = screen.getByLabelText('Find a jurisdiction');
    const cases = [
      { name: 'part of a name', query: 'new', expected: ['NH', 'NJ', 'NM', 'NY', 'TX'] },
      { name: 'a code, also inside names', query: 'ca', expected: ['AS', 'CA', 'NC', 'SC', 'TX'] },
      { name: 'nothing typed', query: '', expected: null },
    ];
    for (const c of cases) {
      await fireEvent.input(find, { target: { value: c.query } });
      const shown = [...document.querySelectorAll<HTMLInputElement>('#offer-patient_jurisdictions input[type=checkbox]')].map((i) => i.value).sort();
      if (c.expected) expect(shown, c.name).toEqual(c.expected);
      else expect(shown.length, c.name).toBe(56);
    }
    expect(screen.getByText('Chosen: TX')).toBeTruthy();
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    find.dispatchEvent(enter);
    expect(enter.defaultPrevented, 'Enter in the search box does not submit').toBe(true);
  });

  it('shows every empty required field at once before sending anything', async () => {
    render(OfferForm, { onsaved: noop, oncancel: noop });
    await fireEvent.click(screen.getByLabelText('Video'));
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const cases = [
      { name: 'employer', message: 'The employer is required', control: 'offer-employer' },
      { name: 'jurisdictions', message: 'Name at least one jurisdiction where patients are', control: 'offer-patient_jurisdictions-TX' },
      { name: 'start', message: 'The start date is required', control: 'offer-start' },
      { name: 'modalities', message: 'Name at least one modality', control: 'offer-modality-video' },
    ];
    for (const c of cases) {
      expect(await screen.findByText(c.message), c.name).toBeTruthy();
      expect(document.getElementById(c.control)?.getAttribute('aria-invalid'), c.name).toBe('true');
    }
  });

  it('shows the core issues of a refused save at their fields', async () => {
    const cases = [
      { name: 'dates in order', field: 'end', id: 'offer-end', message: 'The end date is before 2027-01-04' },
      { name: 'employer blank', field: 'employer', id: 'offer-employer', message: 'The employer is required' },
    ];
    for (const c of cases) {
      answerCommands({ save_offer: failWith({ code: 'invalid', message: 'not saved', issues: [{ severity: 'error', code: 'x', field: c.field, message: c.message }] }) });
      const { unmount } = render(OfferForm, { onsaved: noop, oncancel: noop });
      await fillRequired();
      await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
      const msg = await screen.findByText(c.message);
      const control = document.getElementById(c.id);
      expect(control?.getAttribute('aria-invalid'), c.name).toBe('true');
      expect(control?.getAttribute('aria-describedby'), c.name).toContain(msg.closest('ul')?.id);
      unmount();
      resetCommands();
    }
  });

  it('drops the message of a field edited after a refused save, and keeps the others until the next save', async () => {
    answerCommands({
      save_offer: failWith({
        code: 'invalid',
        message: 'not saved',
        issues: [
          { severity: 'error', code: 'x', field: 'end', message: 'The end date is before 2027-01-04' },
          { severity: 'error', code: 'y', field: 'employer', message: 'The employer is too long' },
        ],
      }),
    });
    render(OfferForm, { onsaved: noop, oncancel: noop });
    await fillRequired();
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('The end date is before 2027-01-04');
    await type(/^End/, '2027-12-31');
    expect(screen.queryByText('The end date is before 2027-01-04')).toBeNull();
    expect(document.getElementById('offer-end')?.getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByText('The employer is too long')).toBeTruthy();
  });

  it('edits a stored offer with its values', async () => {
    const saveOffer = vi.fn((args: Record<string, unknown>) => args['offer']);
    answerCommands({ save_offer: saveOffer });
    render(OfferForm, { offer: stored, onsaved: noop, oncancel: noop });
    expect(screen.getByRole('heading', { name: 'Edit offer' })).toBeTruthy();
    expect((document.getElementById('offer-patient_jurisdictions-AZ') as HTMLInputElement).checked).toBe(true);
    expect((document.getElementById('offer-malpractice-jurisdictions-NM') as HTMLInputElement).checked).toBe(true);
    await type(/^End/, '2027-06-30');
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await vi.waitFor(() => expect(saveOffer).toHaveBeenCalled());
    expect(saveOffer.mock.calls[0]?.[0]['offer']).toEqual({ ...stored, end: '2027-06-30' });
  });

  it('round-trips offers through the form values', () => {
    const cases: { name: string; offer: Offer }[] = [
      { name: 'employer malpractice', offer: stored },
      { name: 'own malpractice, open-ended', offer: { ...stored, employer_malpractice: null, end: null, controlled_substances: [] } },
    ];
    for (const c of cases) expect(offerOf(c.offer.id, offerValuesOf(c.offer)), c.name).toEqual(c.offer);
    expect(missingOfferFields(emptyOfferValues()).map((i) => i.field)).toEqual(['employer', 'patient_jurisdictions', 'start']);
  });
  it('reads start and end typed in US order or without separators, and refuses a date that is not one', async () => {
    const saveOffer = vi.fn((args: Record<string, unknown>) => ({ ...(args['offer'] as Offer), id: 'o1' }));
    answerCommands({ save_offer: saveOffer });
    render(OfferForm, { onsaved: noop, oncancel: noop });
    await fillRequired();
    await type(/^Start/, '01042027');
    await type(/^End/, '2027-13-01');
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByText(/is not a date on the calendar/)).textContent).toBeTruthy();
    expect(document.getElementById('offer-end')?.getAttribute('aria-invalid')).toBe('true');
    expect(saveOffer).not.toHaveBeenCalled();
    await type(/^End/, '6/30/2027');
    await fireEvent.blur(screen.getByLabelText(/^End/));
    expect((screen.getByLabelText(/^End/) as HTMLInputElement).value).toBe('2027-06-30');
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await vi.waitFor(() => expect(saveOffer).toHaveBeenCalledTimes(1));
    expect(saveOffer.mock.calls[0]?.[0]['offer']).toMatchObject({ start: '2027-01-04', end: '2027-06-30' });
  });
});
