/** What other features use of the home: nothing but the page (composed by pages/HomePage). */
export { Home } from './components/Home';
