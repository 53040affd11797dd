import './styles.css';

// The prerendered start screen paints from HTML and CSS alone, so the app itself is requested only once
// the document is parsed: its download then never competes with the first paint on a slow connection.
void import('./main');
