import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';

// The first render of a page compiles its content (the Vite plugin, once per worker), which on a busy two-core
// CI machine can take longer than Testing Library's one-second default for findBy… queries.
configure({ asyncUtilTimeout: 5_000 });
