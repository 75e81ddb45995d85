// A chart as a PNG file. Recharts draws SVG whose colours and fonts come from CSS (Mantine's
// variables), which an SVG turned into an image cannot resolve: each element's computed paint and
// font are written onto a copy first, so the picture looks as it does on screen, in either scheme.

const PAINT = [
  "fill",
  "stroke",
  "stroke-width",
  "stroke-dasharray",
  "opacity",
  "fill-opacity",
  "stroke-opacity",
  "font-family",
  "font-size",
  "font-weight",
  "text-anchor",
  "dominant-baseline",
  "visibility",
  "display",
] as const;
const SCALE = 2;

function inlinePaint(source: Element, copy: Element): void {
  const style = getComputedStyle(source);
  const inline = PAINT.map((property) => `${property}:${style.getPropertyValue(property)}`).join(";");
  copy.setAttribute("style", inline);
  const sourceChildren = source.children;
  const copyChildren = copy.children;
  for (let index = 0; index < sourceChildren.length; index++) {
    const child = copyChildren[index];
    if (child) inlinePaint(sourceChildren[index]!, child);
  }
}

/** Draws `svg` on a canvas of twice its size over `background` and answers the PNG. */
export async function chartPng(svg: SVGSVGElement, background: string): Promise<Blob> {
  const { width, height } = svg.getBoundingClientRect();
  const copy = svg.cloneNode(true) as SVGSVGElement;
  inlinePaint(svg, copy);
  copy.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  copy.setAttribute("width", String(width));
  copy.setAttribute("height", String(height));
  const text = new XMLSerializer().serializeToString(copy);
  const url = URL.createObjectURL(new Blob([text], { type: "image/svg+xml;charset=utf-8" }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.ceil(width * SCALE);
    canvas.height = Math.ceil(height * SCALE);
    const context = canvas.getContext("2d");
    if (!context) throw new Error("this browser cannot draw the chart as an image");
    context.fillStyle = background;
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.scale(SCALE, SCALE);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("the chart could not be encoded as PNG"))), "image/png"),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
