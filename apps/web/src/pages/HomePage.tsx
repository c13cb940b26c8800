import { Home } from '../features/home';

/** ホーム: the landing page of every role. */
export function HomePage() {
  return <Home />;
}
