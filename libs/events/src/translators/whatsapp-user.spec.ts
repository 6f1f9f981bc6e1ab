import { isBsuid, phoneOf, readContacts, userFromInput, whatsAppUser } from './whatsapp-user';

const CONTACTS = readContacts({
  contacts: [
    { profile: { name: 'Ana Torres' }, wa_id: '16505550123', user_id: 'US.13491208655302741918' },
    { profile: { name: 'Sheena Nelson', username: '@realsheenanelson' }, user_id: 'US.20385511893361028471', parent_user_id: 'US.ENT.11815799212886844830' },
    'not a contact',
  ],
});

describe('WhatsApp user identity', () => {
  it('reads contacts with profile name and username, skipping non-objects', () => {
    expect(CONTACTS).toEqual([
      { wa_id: '16505550123', user_id: 'US.13491208655302741918', name: 'Ana Torres' },
      { user_id: 'US.20385511893361028471', parent_user_id: 'US.ENT.11815799212886844830', username: '@realsheenanelson', name: 'Sheena Nelson' },
    ]);
  });

  it('completes an item from the contact sharing its phone number', () => {
    expect(whatsAppUser({ waId: '16505550123' }, CONTACTS)).toEqual({ wa_id: '16505550123', user_id: 'US.13491208655302741918', name: 'Ana Torres' });
  });

  it('matches a BSUID-only user by user_id or parent BSUID', () => {
    const sheena = { user_id: 'US.20385511893361028471', parent_user_id: 'US.ENT.11815799212886844830', username: '@realsheenanelson', name: 'Sheena Nelson' };
    expect(whatsAppUser({ userId: 'US.20385511893361028471' }, CONTACTS)).toEqual(sheena);
    expect(whatsAppUser({ parentUserId: 'US.ENT.11815799212886844830' }, CONTACTS)).toEqual(sheena);
  });

  it("keeps the item's own identifiers over the contact's and normalises a leading +", () => {
    expect(whatsAppUser({ waId: '+16505550123', userId: 'US.99' }, CONTACTS)).toEqual({ wa_id: '16505550123', user_id: 'US.99', name: 'Ana Torres' });
    expect(phoneOf('+16505550123')).toBe('16505550123');
    expect(phoneOf('+')).toBeUndefined();
  });

  it('names an unknown user by what the item gave, and nobody when nothing was given', () => {
    expect(whatsAppUser({ waId: '447700900123' }, CONTACTS)).toEqual({ wa_id: '447700900123' });
    expect(whatsAppUser({}, CONTACTS)).toBeUndefined();
    expect(whatsAppUser({ waId: '' }, [])).toBeUndefined();
  });

  it('reads the input Meta echoes as a phone number, BSUID or parent BSUID', () => {
    expect(userFromInput('16505550123')).toEqual({ waId: '16505550123' });
    expect(userFromInput('US.13491208655302741918')).toEqual({ userId: 'US.13491208655302741918' });
    expect(userFromInput('US.ENT.11815799212886844830')).toEqual({ parentUserId: 'US.ENT.11815799212886844830' });
    expect(userFromInput(undefined)).toEqual({});
    expect(isBsuid('16505550123')).toBe(false);
  });
});
