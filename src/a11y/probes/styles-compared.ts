/**
 * What tells two elements, or one element in two states, apart on screen:
 * the differences in shape (weight, underline, borders, outline, shadow,
 * what is written before or after) and in colour. In forced colours
 * (Windows high contrast) the colours are the system's, and only shape is
 * left.
 */

export interface VisibleStyle {
  readonly shape: Readonly<Record<string, string>>;
  readonly colour: Readonly<Record<string, string>>;
}

const sides = ['Top', 'Right', 'Bottom', 'Left'] as const;

/** The parts of an element's style a reader sees (a border or outline counts only when it is drawn). */
export function visibleStyle(element: Element): VisibleStyle {
  const style = getComputedStyle(element);
  const shape: Record<string, string> = {
    fontWeight: style.fontWeight,
    fontStyle: style.fontStyle,
    fontSize: style.fontSize,
    textDecorationLine: style.textDecorationLine,
    textDecorationStyle: style.textDecorationLine === 'none' ? '' : style.textDecorationStyle,
    textTransform: style.textTransform,
    backgroundImage: style.backgroundImage,
    boxShadow: style.boxShadow,
    before: getComputedStyle(element, '::before').content,
    after: getComputedStyle(element, '::after').content,
  };
  const colour: Record<string, string> = {
    color: style.color,
    backgroundColor: style.backgroundColor,
  };
  for (const side of sides) {
    const drawn = style.getPropertyValue(`border-${side.toLowerCase()}-style`);
    const width = Number.parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`));
    const shown = drawn !== 'none' && drawn !== 'hidden' && width > 0;
    shape[`border${side}`] = shown ? `${width}px ${drawn}` : 'none';
    if (shown) colour[`border${side}Color`] = style.getPropertyValue(`border-${side.toLowerCase()}-color`);
  }
  const outlineWidth = Number.parseFloat(style.outlineWidth);
  const outlined = style.outlineStyle !== 'none' && outlineWidth > 0;
  shape.outline = outlined ? `${outlineWidth}px ${style.outlineStyle} ${style.outlineOffset}` : 'none';
  if (outlined) colour.outlineColor = style.outlineColor;
  return { shape, colour };
}

/** The properties whose values differ, in shape and in colour; a colour change counts only at `minimumContrast` or more. */
export function differences(
  a: VisibleStyle,
  b: VisibleStyle,
  minimumContrast = 1,
): { shape: string[]; colour: string[] } {
  const keys = (record: Readonly<Record<string, string>>, other: Readonly<Record<string, string>>) => [
    ...new Set([...Object.keys(record), ...Object.keys(other)]),
  ];
  const shape = keys(a.shape, b.shape).filter((key) => a.shape[key] !== b.shape[key]);
  const colour = keys(a.colour, b.colour).filter(
    (key) => a.colour[key] !== b.colour[key] && contrast(a.colour[key], b.colour[key]) >= minimumContrast,
  );
  return { shape, colour };
}

/** The WCAG contrast ratio of two CSS colours (`rgb(…)`/`rgba(…)`; transparent counts as white, the page's background). */
export function contrast(first: string | undefined, second: string | undefined): number {
  const luminance = (colour: string | undefined): number => {
    const [red = 255, green = 255, blue = 255, alpha = 1] = (colour?.match(/[\d.]+/g) ?? []).map(Number);
    const channel = (value: number) => {
      const mixed = (value * alpha + 255 * (1 - alpha)) / 255;
      return mixed <= 0.04045 ? mixed / 12.92 : ((mixed + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue);
  };
  const [light, dark] = [luminance(first), luminance(second)].sort((x, y) => y - x);
  return ((light ?? 1) + 0.05) / ((dark ?? 1) + 0.05);
}
