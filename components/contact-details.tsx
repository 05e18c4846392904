import { brand } from "@/lib/config/brand";

type Props = {
  className?: string;
};

export function ContactDetails({ className }: Props) {
  return (
    <address className={`not-italic ${className ?? ""}`}>
      <p className="font-semibold">{brand.agencyName}</p>
      <p>{brand.city}</p>
      <p>
        Phone: <a href={`tel:${brand.phone.tel}`}>{brand.phone.display}</a>
      </p>
      <p>
        Email: <a href={`mailto:${brand.email}`}>{brand.email}</a>
      </p>
    </address>
  );
}
