// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { AUTHENTICATOR_CODES, splitAuthenticatorCodes } from '../../src/session/authenticators';
import { authenticatorName, defaultMessages } from '../../src/components/messages';

describe('AUTHENTICATOR_CODES', () => {
  it("holds PingOne's documented codes and the whole RFC 8176 registry, once each", () => {
    const rfc8176 = [
      'face',
      'fpt',
      'geo',
      'hwk',
      'iris',
      'kba',
      'mca',
      'mfa',
      'otp',
      'pin',
      'pop',
      'pwd',
      'rba',
      'retina',
      'sc',
      'sms',
      'swk',
      'tel',
      'user',
      'vbm',
      'wia',
    ];
    for (const code of [...rfc8176, 'pwd', 'mfa', 'otp', 'rba', 'sms', 'kba', 'mca', 'rememberme'])
      expect(AUTHENTICATOR_CODES).toContain(code);
    expect(new Set(AUTHENTICATOR_CODES).size).toBe(AUTHENTICATOR_CODES.length);
  });

  it('holds no guessed code that no source uses', () => {
    for (const guess of [
      'password',
      'totp',
      'voice',
      'push',
      'fido',
      'fido2',
      'webauthn',
      'x509',
      'kerberos',
      'external',
      'ext',
      'social',
      'email',
    ]) {
      expect(AUTHENTICATOR_CODES).not.toContain(guess);
    }
  });
});

describe('splitAuthenticatorCodes', () => {
  it('splits space-separated custom values (PingOne: "pwd geo fpt") and whole lists', () => {
    expect(splitAuthenticatorCodes('pwd geo fpt')).toEqual(['pwd', 'geo', 'fpt']);
    expect(splitAuthenticatorCodes(['pwd', 'mfa otp'])).toEqual(['pwd', 'mfa', 'otp']);
  });

  it('trims, drops empty parts and repeats, keeps order', () => {
    expect(splitAuthenticatorCodes(['  mfa\totp ', '', 'pwd  mfa'])).toEqual(['mfa', 'otp', 'pwd']);
    expect(splitAuthenticatorCodes('   ')).toEqual([]);
    expect(splitAuthenticatorCodes([])).toEqual([]);
  });

  it('keeps unknown codes as given', () => {
    expect(splitAuthenticatorCodes('rememberme custom_Thing')).toEqual(['rememberme', 'custom_Thing']);
  });
});

describe('device and sign-on words', () => {
  it('splits space-separated amr values and names every documented code in every catalog', () => {
    expect(splitAuthenticatorCodes(['pwd otp', ' mfa ', ''])).toEqual(['pwd', 'otp', 'mfa']);
    expect(authenticatorName(defaultMessages, 'PWD')).toBe('password');
    expect(authenticatorName(defaultMessages, 'constructor')).toBeUndefined();
    expect(authenticatorName(defaultMessages, 'fido2')).toBeUndefined(); // a guess no source uses
  });
});
