// The app's mark, drawn inline: a person at the centre and three spheres around (no image file,
// no remote asset).
export function Logo() {
  return (
    <svg className="logo" width="44" height="44" viewBox="0 0 44 44" aria-hidden="true">
      <circle cx="22" cy="22" r="20" fill="#fff7e6" />
      <line x1="22" y1="22" x2="22" y2="7" stroke="#117a65" strokeWidth="3" />
      <line
        x1="22"
        y1="22"
        x2="35"
        y2="30"
        stroke="#5b6574"
        strokeWidth="2"
        strokeDasharray="3 2"
      />
      <line x1="22" y1="22" x2="9" y2="30" stroke="#117a65" strokeWidth="2.5" />
      <circle cx="22" cy="7" r="4.5" fill="#e69f00" />
      <circle cx="35" cy="30" r="4.5" fill="#009e73" />
      <rect x="4.5" y="25.5" width="9" height="9" rx="2.5" fill="#56b4e9" />
      <circle cx="22" cy="22" r="6.5" fill="#243b6b" stroke="#ffd166" strokeWidth="2" />
    </svg>
  );
}
