//! Attached images as PDF image objects: a JPEG is embedded as it is (DCTDecode; its header
//! read by `jpeg-decoder` for its size and colours), a PNG is decoded to 8-bit samples and compressed
//! again, its transparency as a soft mask.
//!
//! Limits: a PNG decodes within [`PNG_DECODE_LIMIT`] bytes; an animated PNG gives its first
//! frame; a JPEG must have a baseline or progressive frame header.

use std::io::Cursor;

use lopdf::{dictionary, Object, Stream};

/// The most memory a PNG may decode into.
pub const PNG_DECODE_LIMIT: usize = 256 * 1024 * 1024;

/// An image ready to be placed: its pixel size, its image stream and, for a PNG with
/// transparency, its soft mask.
#[derive(Debug)]
pub struct Picture {
    pub width: u32,
    pub height: u32,
    pub image: Stream,
    pub mask: Option<Stream>,
}

/// A JPEG's pixel size and colour components, from its frame header (read by
/// `jpeg-decoder`, which stops there: the image is never decoded).
fn jpeg_frame(bytes: &[u8]) -> Result<(u32, u32, u8), String> {
    let mut decoder = jpeg_decoder::Decoder::new(bytes);
    decoder
        .read_info()
        .map_err(|e| format!("its JPEG header cannot be read ({e})"))?;
    let info = decoder
        .info()
        .ok_or("its JPEG header cannot be read (no frame)")?;
    let components = match info.pixel_format {
        jpeg_decoder::PixelFormat::L8 => 1,
        jpeg_decoder::PixelFormat::RGB24 => 3,
        jpeg_decoder::PixelFormat::CMYK32 => 4,
        jpeg_decoder::PixelFormat::L16 => {
            return Err("the JPEG has 16-bit samples, which a PDF cannot hold as they are".into())
        }
    };
    Ok((u32::from(info.width), u32::from(info.height), components))
}

/// A JPEG, embedded without decoding.
pub fn jpeg(bytes: &[u8]) -> Result<Picture, String> {
    let (width, height, components) = jpeg_frame(bytes)?;
    if width == 0 || height == 0 {
        return Err("the JPEG has no pixels".into());
    }
    let mut dict = dictionary! {
        "Type" => "XObject",
        "Subtype" => "Image",
        "Width" => width,
        "Height" => height,
        "BitsPerComponent" => 8,
        "Filter" => "DCTDecode",
    };
    match components {
        1 => dict.set("ColorSpace", "DeviceGray"),
        3 => dict.set("ColorSpace", "DeviceRGB"),
        4 => {
            // Adobe's CMYK JPEGs store inverted samples.
            dict.set("ColorSpace", "DeviceCMYK");
            dict.set(
                "Decode",
                vec![
                    1.into(),
                    0.into(),
                    1.into(),
                    0.into(),
                    1.into(),
                    0.into(),
                    1.into(),
                    0.into(),
                ],
            );
        }
        n => return Err(format!("the JPEG has {n} colour components")),
    }
    let image = Stream::new(dict, bytes.to_vec()).with_compression(false);
    Ok(Picture {
        width,
        height,
        image,
        mask: None,
    })
}

/// A PNG, decoded to 8-bit grey or RGB samples with its alpha, if any, as a separate mask.
pub fn png(bytes: &[u8]) -> Result<Picture, String> {
    let unreadable = |e: png::DecodingError| format!("the PNG cannot be decoded ({e})");
    let mut decoder = png::Decoder::new_with_limits(
        Cursor::new(bytes),
        png::Limits {
            bytes: PNG_DECODE_LIMIT,
        },
    );
    decoder.set_transformations(png::Transformations::normalize_to_color8());
    let mut reader = decoder.read_info().map_err(unreadable)?;
    let size = reader
        .output_buffer_size()
        .ok_or("the PNG is too large to decode")?;
    let mut pixels = vec![0; size];
    let info = reader.next_frame(&mut pixels).map_err(unreadable)?;
    pixels.truncate(info.buffer_size());
    let (colour_space, channels, alpha) = match info.color_type {
        png::ColorType::Grayscale => ("DeviceGray", 1, false),
        png::ColorType::GrayscaleAlpha => ("DeviceGray", 1, true),
        png::ColorType::Rgb => ("DeviceRGB", 3, false),
        png::ColorType::Rgba => ("DeviceRGB", 3, true),
        png::ColorType::Indexed => return Err("the PNG's palette was not expanded".into()),
    };
    let (colour, mask) = if alpha {
        let stride = channels + 1;
        let colour = pixels
            .chunks_exact(stride)
            .flat_map(|p| p[..channels].iter().copied())
            .collect();
        let mask = pixels.chunks_exact(stride).map(|p| p[channels]).collect();
        (colour, Some(mask))
    } else {
        (pixels, None)
    };
    let samples = |space: &str, data: Vec<u8>| {
        let mut stream = Stream::new(
            dictionary! {
                "Type" => "XObject",
                "Subtype" => "Image",
                "Width" => info.width,
                "Height" => info.height,
                "BitsPerComponent" => 8,
                "ColorSpace" => Object::Name(space.as_bytes().to_vec()),
            },
            data,
        );
        // Compression of freshly made samples cannot fail; if it did, they stay plain.
        let _ = stream.compress();
        stream
    };
    Ok(Picture {
        width: info.width,
        height: info.height,
        image: samples(colour_space, colour),
        mask: mask.map(|m| samples("DeviceGray", m)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_jpeg_frame_header_gives_its_size_and_colours() {
        // SOI, an APP0 segment of 4 bytes, then SOF0: 8 bits, 3 high, 5 wide, 3 components
        // sampled 1×1.
        let bytes = [
            0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x00,
            0x03, 0x00, 0x05, 0x03, 0x01, 0x11, 0x00, 0x02, 0x11, 0x00, 0x03, 0x11, 0x00,
        ];
        assert_eq!(jpeg_frame(&bytes), Ok((5, 3, 3)));
        assert!(
            jpeg_frame(&bytes[..12]).is_err(),
            "cut inside the frame header"
        );
        assert!(jpeg(&[0xff, 0xd8, 0xff, 0xe0, 0x00]).is_err());
        assert!(jpeg(b"GIF89a").is_err());
    }

    #[test]
    fn a_broken_png_is_refused_with_a_reason() {
        let err = png(b"\x89PNG\r\n\x1a\nnot really").err();
        assert!(err.is_some_and(|e| e.contains("PNG")));
    }
}
