import { describe, expect, it } from 'vitest';
import { InputError } from '../errors/input-error.ts';
import { basicAuthorization } from './credentials.ts';

describe('basicAuthorization', () => {
  it('is Basic base64(token ":" secret), as RFC 7617 builds it', () => {
    // printf 'VFVJ:s3cr3t' | base64
    expect(basicAuthorization({ binarySecurityToken: 'VFVJ', secret: 's3cr3t' })).toBe(
      'Basic VkZWSjpzM2NyM3Q=',
    );
  });

  it('refuses empty parts and a token with a colon, without repeating the secret', () => {
    expect(() => basicAuthorization({ binarySecurityToken: '', secret: 'x' })).toThrow(InputError);
    expect(() => basicAuthorization({ binarySecurityToken: 'VFVJ', secret: '' })).toThrow(InputError);
    let message = '';
    try {
      basicAuthorization({ binarySecurityToken: 'a:b', secret: 'topsecret' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('colon');
    expect(message).not.toContain('topsecret');
  });
});
