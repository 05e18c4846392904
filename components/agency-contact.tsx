import { brand } from "@/lib/config/brand";

// The agency's contact details inside an article's prose (<AgencyPhone />,
// <AgencyEmail />), taken from the brand config so a rebrand is one file.

export function AgencyPhone() {
  return <a href={`tel:${brand.phone.tel}`}>{brand.phone.display}</a>;
}

export function AgencyEmail() {
  return <a href={`mailto:${brand.email}`}>{brand.email}</a>;
}
