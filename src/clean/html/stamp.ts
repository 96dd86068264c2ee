// Is a line only a date/time stamp ("Updated 5:27 am CST, Wednesday, November 20, 2019",
// "18 NOV 2019", "Posted: Fri 6:45 PM, Feb 16, 2018 |")? Every word must be a date word,
// so a sentence that merely mentions a time ("Doors open at 7:30 p.m.") is not one.

const DATE_WORDS = new Set(
  (
    'jan january feb february mar march apr april may jun june jul july aug august sep sept september ' +
    'oct october nov november dec december mon monday tue tues tuesday wed wednesday thu thur thurs thursday ' +
    'fri friday sat saturday sun sunday am pm a m p at on of updated update posted published modified ' +
    'last first today yesterday ago hour hours hr hrs minute minutes min mins day days week weeks ' +
    'utc gmt est edt cst cdt mst mdt pst pdt et ct mt pt bst cet cest ist aest aedt'
  ).split(' '),
);

export function isDateStamp(text: string): boolean {
  // Cheap exits first: this runs on every short line of every page.
  if (text.length > 120 || !/\d|today|yesterday/i.test(text)) return false;
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0 || words.length > 16) return false;
  let sawDigit = false;
  for (const w of words) {
    if (/^\d+$/.test(w)) sawDigit = true;
    else if (/^\d+(?:st|nd|rd|th|am|pm)$/.test(w)) sawDigit = true;
    else if (!DATE_WORDS.has(w)) return false;
  }
  return sawDigit || words.some((w) => w === 'today' || w === 'yesterday');
}
