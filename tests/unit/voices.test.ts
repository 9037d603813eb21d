/** Read-aloud picks a voice on the device itself, for the page's own language, or none at all. */
import { describe, expect, it } from 'vitest';
import { pickVoice } from '../../src/platform/voices.ts';

const voice = (lang: string, localService: boolean, isDefault = false) =>
  ({
    lang,
    localService,
    default: isDefault,
    name: `${lang} ${localService ? 'local' : 'network'}`,
  }) as SpeechSynthesisVoice;

describe('pickVoice', () => {
  it('takes a voice of the language on the device, the default one first', () => {
    const voices = [voice('ar-EG', true), voice('ar-SA', true, true), voice('en-GB', true)];
    expect(pickVoice(voices, 'ar')?.lang).toBe('ar-SA');
    expect(pickVoice([voice('zh_CN', true)], 'zh')?.lang).toBe('zh_CN');
  });

  it('never a network voice: it would send the words away', () => {
    expect(pickVoice([voice('ru-RU', false, true)], 'ru')).toBeNull();
    expect(pickVoice([voice('ru-RU', false, true), voice('ru-RU', true)], 'ru')?.localService).toBe(true);
  });

  it("never another language's voice", () => {
    expect(pickVoice([voice('en-US', true, true)], 'ar')).toBeNull();
  });
});
