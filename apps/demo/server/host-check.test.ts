import { describe, expect, it } from 'vitest';
import { hostName, isHostAllowed, LOOPBACK_HOSTS } from './host-check.ts';

describe('isHostAllowed', () => {
  it('answers the loopback names with any port', () => {
    for (const host of ['127.0.0.1:5173', 'localhost:80', 'LOCALHOST', '[::1]:5173']) {
      expect(isHostAllowed(host, LOOPBACK_HOSTS)).toBe(true);
    }
  });

  it('refuses other names, look-alikes and a missing header', () => {
    for (const host of ['evil.example', 'localhost.evil.example:5173', '127.0.0.1.nip.io', '', undefined]) {
      expect(isHostAllowed(host, LOOPBACK_HOSTS)).toBe(false);
    }
  });

  it('reads the host name without its port', () => {
    expect(hostName('Demo.Example:8443')).toBe('demo.example');
    expect(hostName('[::1]:5173')).toBe('[::1]');
  });
});
