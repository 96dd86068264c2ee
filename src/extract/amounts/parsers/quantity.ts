// Counted or measured things where the unit says so: "155,221 bags", "6.4 mln bags",
// "3,563,247 shares", "100,000 tonnes", "1,200 employees", "500 megawatts".
import { NUMBER_RE, SCALE_RE } from '../numbers.js';
import type { AmountParser } from '../types.js';
import { candidate, collect } from './build.js';

const UNITS =
  '(?:(?:common |ordinary |preferred |preference |new |class [AB] )?shares|tonnes|tons|tonne|ton|metric tons|short tons|long tons|barrels|bbl|bpd|bags|bales|kilos|kilograms|kg|grams|lbs|pounds|ounces|troy ounces|oz|bushels|acres|hectares|employees|workers|jobs|megawatts|MW|GW|kilowatts|kW|kWh|MWh|kilometres|kilometers|km|miles|square feet|sq ft|square metres|square meters|sq m|cubic metres|cubic meters|cubic feet|cu ft|litres|liters|gallons|hectolitres|units|vehicles|cars|trucks|aircraft|planes|ships|vessels|stores|outlets|branches|offices|plants|factories|users|customers|subscribers|members|passengers|households|warrants|head of cattle|cattle|hogs|carats|points)';

const RE = new RegExp(`(${NUMBER_RE})(${SCALE_RE})?[\\s-]+(${UNITS})(?![A-Za-z])`, 'g');

export const parseQuantity: AmountParser = (text) =>
  collect(RE, text, (m) => {
    const end = m.index + m[0].length;
    const unit = m[3]!;
    // "pounds" is a quantity only as weight ("pounds of"): otherwise it is sterling.
    if (/^pounds$/.test(unit) && !/^\s+of\b/.test(text.slice(end, end + 5))) return null;
    return candidate(text, {
      start: m.index,
      end,
      number: m[1]!,
      scale: m[2],
      kind: 'quantity',
      currency: null,
      unit: unit.replace(/^(?:common|ordinary|preferred|preference|new|class [AB]) /, ''),
    });
  });
