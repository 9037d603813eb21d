/** The storybook tier's one entry point, so the tier loads as one chunk with its styles. */
import './storybook.css';
import type { AppLocale } from '../../i18n/index.ts';
import ShelfPage from './ShelfPage.tsx';
import StoryReader from './StoryReader.tsx';

export default function StorybookRoute(props: {
  locale: AppLocale;
  storyId?: string;
  page?: number | 'end';
}) {
  if (!props.storyId) return <ShelfPage locale={props.locale} />;
  return (
    <StoryReader key={props.storyId} locale={props.locale} storyId={props.storyId} page={props.page ?? 1} />
  );
}
