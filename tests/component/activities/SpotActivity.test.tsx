/**
 * Spot the red flag (or the clue): a chat's messages as buttons to tap, by tap and by keyboard alone; a check
 * marks the tapped ones with why and counts a flag still to find; done when exactly the flags are tapped, with
 * onComplete once and firstTry; the worksheet lists every part with a box.
 */
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SpotActivity } from '../../../src/features/workbook/activities/spot/SpotActivity.tsx';
import { SpotWorksheet } from '../../../src/features/workbook/activities/spot/SpotWorksheet.tsx';
import { completeSpy, exercise, item, renderActivity, setUpPickTests } from './pickHarness.tsx';

setUpPickTests();

const chat = exercise({
  type: 'spot',
  look: 'chat',
  title: 'A chat in a game',
  items: [
    item('hi', 'Good game! Want to play again?', { from: 'them', flag: false }),
    item('sure', 'Sure!', { from: 'you', flag: false }),
    item('secret', "Let's keep this chat a secret from your parents.", { from: 'them', flag: true }),
    item('photo', 'Send me a photo of you?', { from: 'them', flag: true }),
  ],
});
const part = (name: string) => screen.getByRole('button', { name });
const check = () => screen.getByRole('button', { name: 'Check my answers' });

describe('SpotActivity', () => {
  it('completes by tap on the first try: both red flags, nothing else', async () => {
    const onComplete = completeSpy();
    const { user } = renderActivity(<SpotActivity exercise={chat} onComplete={onComplete} />);
    expect(screen.getByText('Tap every message that is a red flag.')).toBeInTheDocument();
    expect(check()).toBeDisabled();
    await user.click(part("Let's keep this chat a secret from your parents."));
    await user.click(part('Send me a photo of you?'));
    expect(part('Send me a photo of you?')).toHaveAttribute('aria-pressed', 'true');
    await user.click(check());
    expect(onComplete).toHaveBeenCalledExactlyOnceWith({ firstTry: true, slips: [] });
    expect(part('Send me a photo of you?')).toHaveAccessibleDescription(/^Correct Why Send me a photo/);
    expect(screen.getByText('Why Good game! Want to play again?')).toBeInTheDocument(); // all explained when done
    expect(screen.getByText('Well done!')).toBeInTheDocument();
  });

  it('a friendly message tapped is "think again", a flag left is counted; the retry completes, not first try', async () => {
    const onComplete = completeSpy();
    const { user } = renderActivity(<SpotActivity exercise={chat} onComplete={onComplete} />);
    await user.click(part('Good game! Want to play again?'));
    await user.click(part("Let's keep this chat a secret from your parents."));
    await user.click(check());
    expect(onComplete).not.toHaveBeenCalled();
    expect(part('Good game! Want to play again?')).toHaveAccessibleDescription(/^Not this one/);
    expect(screen.getByText(/2 answers are not right yet/)).toBeInTheDocument();
    await user.click(part('Good game! Want to play again?'));
    await user.click(part('Send me a photo of you?'));
    await user.click(check());
    expect(onComplete).toHaveBeenCalledExactlyOnceWith({ firstTry: false, slips: ['hi', 'photo'] });
  });

  it('works with the keyboard alone', async () => {
    const onComplete = completeSpy();
    const { user } = renderActivity(<SpotActivity exercise={chat} onComplete={onComplete} />);
    part("Let's keep this chat a secret from your parents.").focus();
    await user.keyboard('{Enter}');
    part('Send me a photo of you?').focus();
    await user.keyboard(' ');
    check().focus();
    await user.keyboard('{Enter}');
    expect(onComplete).toHaveBeenCalledExactlyOnceWith({ firstTry: true, slips: [] });
  });

  it('says whose each message is, for a screen reader', () => {
    renderActivity(<SpotActivity exercise={chat} onComplete={completeSpy()} />);
    expect(screen.getAllByText('Their message')).toHaveLength(3);
    expect(screen.getAllByText('Your message')).toHaveLength(1);
  });

  it('names a described picture in a made-up post as a picture, and marks each part by its role', () => {
    const post = exercise({
      type: 'spot',
      look: 'post',
      title: 'A post',
      items: [
        item('user', 'sami_2015_kicks', { flag: true, as: 'address' }),
        item('pic', 'Sami in his team shirt at the park gate', { flag: false, as: 'picture' }),
      ],
    });
    renderActivity(<SpotActivity exercise={post} onComplete={completeSpy()} />);
    const picture = screen.getByRole('button', { name: /Sami in his team shirt/ });
    expect(picture.closest('.spot-part')).toHaveClass('as-picture');
    expect(picture).toHaveAccessibleName('Picture: Sami in his team shirt at the park gate');
    expect(part('sami_2015_kicks').closest('.spot-part')).toHaveClass('as-address');
  });
});

describe('SpotWorksheet', () => {
  it('lists every part with a box, and no answers', () => {
    const { container } = render(<SpotWorksheet exercise={chat} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(4);
    expect(container).not.toHaveTextContent('Why');
  });
});
