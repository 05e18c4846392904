// Inline styles shared by the templates: mail clients ignore stylesheets.

export const heading = { fontSize: "22px", lineHeight: "28px", margin: "0 0 16px", color: "#1c1917" };
export const subheading = { fontSize: "17px", lineHeight: "24px", margin: "24px 0 8px", color: "#1c1917" };
export const paragraph = { fontSize: "16px", lineHeight: "24px", margin: "0 0 16px" };
export const muted = { fontSize: "14px", lineHeight: "20px", color: "#57534e", margin: "0 0 12px" };
export const listItem = { fontSize: "16px", lineHeight: "24px", margin: "0 0 8px" };
export const link = { color: "#115e59", textDecoration: "underline" };
export const button = {
  backgroundColor: "#115e59",
  color: "#ffffff",
  padding: "12px 20px",
  borderRadius: "6px",
  fontWeight: 600,
  textDecoration: "none",
};
export const quote = {
  margin: "0 0 16px",
  padding: "12px 16px",
  backgroundColor: "#f5f5f4",
  borderLeft: "3px solid #115e59",
};
