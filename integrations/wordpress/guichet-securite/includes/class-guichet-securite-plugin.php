<?php
/**
 * Hooks: the script (in the head, with its integrity hash, only where an
 * element is used), the block, the shortcode, what authors may write.
 *
 * @package GuichetSecurite
 */

defined( 'ABSPATH' ) || exit;

/**
 * The plugin's hooks.
 */
class Guichet_Securite_Plugin {
	/** Script handle of the drop-in. */
	const HANDLE = 'guichet-securite';

	/** The block's name. */
	const BLOCK = 'guichet-securite/element';

	/** The shortcode. */
	const SHORTCODE = 'guichet';

	/**
	 * Attributes each element takes, as authors may write them in HTML (kses).
	 */
	const ALLOWED_ATTRIBUTES = array(
		'report-finder'     => array( 'start', 'history', 'heading-level', 'theme', 'new-window', 'lang', 'class', 'id' ),
		'service-list'      => array( 'services', 'category', 'kind', 'department', 'no-search', 'no-filters', 'heading-level', 'theme', 'new-window', 'lang', 'class', 'id' ),
		'service-card'      => array( 'service', 'variant', 'heading-level', 'theme', 'new-window', 'lang', 'class', 'id' ),
		'emergency-numbers' => array( 'lines', 'variant', 'heading-level', 'theme', 'lang', 'class', 'id' ),
		'quick-exit'        => array( 'href', 'exit-key', 'presses', 'exit-key-window', 'fixed', 'about', 'theme', 'lang', 'class', 'id' ),
	);

	/**
	 * Adds the hooks.
	 */
	public static function init() {
		add_action( 'init', array( __CLASS__, 'register' ) );
		add_action( 'wp_enqueue_scripts', array( __CLASS__, 'enqueue_when_used' ) );
		add_action( 'enqueue_block_editor_assets', array( __CLASS__, 'enqueue_in_editor' ) );
		add_filter( 'script_loader_tag', array( __CLASS__, 'script_tag' ), 10, 2 );
		add_filter( 'wp_kses_allowed_html', array( __CLASS__, 'allowed_html' ), 10, 2 );
		Guichet_Securite_Settings::init();
	}

	/**
	 * Registers the script, the block, the shortcode and the translations.
	 */
	public static function register() {
		load_plugin_textdomain( 'guichet-securite', false, dirname( plugin_basename( GUICHET_SECURITE_FILE ) ) . '/languages' );
		$data = Guichet_Securite_Data::get();
		// The file name carries the version: no ?ver= query.
		wp_register_script( self::HANDLE, plugins_url( 'assets/' . $data['file'], GUICHET_SECURITE_FILE ), array(), null, false ); // phpcs:ignore WordPress.WP.EnqueuedResourceParameters.MissingVersion -- versioned file name.
		// The language packs, each after the drop-in.
		foreach ( isset( $data['packs'] ) ? $data['packs'] : array() as $code => $pack ) {
			wp_register_script( self::HANDLE . '-' . $code, plugins_url( 'assets/' . $pack['file'], GUICHET_SECURITE_FILE ), array( self::HANDLE ), null, false ); // phpcs:ignore WordPress.WP.EnqueuedResourceParameters.MissingVersion -- versioned file name.
		}
		register_block_type( GUICHET_SECURITE_DIR . '/block', array( 'render_callback' => array( __CLASS__, 'render_block' ) ) );
		$editor = generate_block_asset_handle( self::BLOCK, 'editorScript' );
		wp_set_script_translations( $editor, 'guichet-securite', GUICHET_SECURITE_DIR . '/languages' );
		wp_add_inline_script( $editor, 'window.guichetSecuriteEditor = ' . wp_json_encode( self::editor_data() ) . ';', 'before' );
		add_shortcode( self::SHORTCODE, array( __CLASS__, 'render_shortcode' ) );
	}

	/**
	 * Choices for the block's sidebar, in the editing person's language.
	 *
	 * @return array
	 */
	private static function editor_data() {
		$lang  = 0 === strpos( get_user_locale(), 'en' ) ? 'en' : 'fr';
		$data  = Guichet_Securite_Data::get();
		$named = function ( $items, $key = 'name' ) use ( $lang ) {
			return array_map(
				function ( $item ) use ( $lang, $key ) {
					return array(
						'id'   => $item['id'],
						'name' => Guichet_Securite_Data::text( $item[ $key ], $lang ),
					);
				},
				$items
			);
		};
		return array(
			'services'   => $named( $data['services'] ),
			'categories' => $named( $data['categories'] ),
			'kinds'      => $named( $data['kinds'] ),
			'starts'     => $named( $data['starts'], 'question' ),
			'lines'      => array_values(
				array_filter(
					$named( $data['services'] ),
					function ( $item ) use ( $data ) {
						return in_array( $item['id'], array_column( $data['lines'], 'id' ), true );
					}
				)
			),
		);
	}

	/**
	 * Whether a text holds one of the elements written as HTML.
	 *
	 * @param string $content Text.
	 * @return bool
	 */
	private static function has_element_tag( $content ) {
		return (bool) preg_match( '/<(report-finder|service-list|service-card|emergency-numbers|quick-exit)[\s>]/', $content );
	}

	/**
	 * Enqueues the script in the head of the pages that use an element.
	 * Elsewhere (a widget, a template), rendering enqueues it late, in the footer.
	 */
	public static function enqueue_when_used() {
		if ( ! is_singular() ) {
			return;
		}
		$post = get_post();
		if ( $post && ( has_block( self::BLOCK, $post ) || has_shortcode( $post->post_content, self::SHORTCODE ) || self::has_element_tag( $post->post_content ) ) ) {
			wp_enqueue_script( self::HANDLE );
			// The packs of the languages the page's elements ask for, in the head too.
			if ( preg_match_all( '/\blang(?:="|":")(es|de|ar|uk)"/', $post->post_content, $found ) ) {
				foreach ( array_unique( $found[1] ) as $code ) {
					self::enqueue_pack( $code );
				}
			}
		}
	}

	/**
	 * Enqueues a language pack (after the drop-in), if the plugin has it.
	 *
	 * @param string $code Language code.
	 */
	private static function enqueue_pack( $code ) {
		if ( isset( Guichet_Securite_Data::get()['packs'][ $code ] ) ) {
			wp_enqueue_script( self::HANDLE . '-' . $code );
		}
	}

	/**
	 * The elements upgrade in the editor's preview too.
	 */
	public static function enqueue_in_editor() {
		wp_enqueue_script( self::HANDLE );
	}

	/**
	 * Adds the integrity hash to the script's tag: the browser runs this exact file only.
	 *
	 * @param string $tag    The tag.
	 * @param string $handle Its handle.
	 * @return string
	 */
	public static function script_tag( $tag, $handle ) {
		$data = Guichet_Securite_Data::get();
		$code = 0 === strpos( $handle, self::HANDLE . '-' ) ? substr( $handle, strlen( self::HANDLE ) + 1 ) : '';
		if ( self::HANDLE !== $handle && ! isset( $data['packs'][ $code ] ) ) {
			return $tag;
		}
		$integrity = self::HANDLE === $handle ? $data['integrity'] : $data['packs'][ $code ]['integrity'];
		if ( ! $integrity || false !== strpos( $tag, ' integrity=' ) ) {
			return $tag;
		}
		return preg_replace( '/<script(?=[\s>])/', '<script integrity="' . esc_attr( $integrity ) . '" crossorigin="anonymous"', $tag, 1 );
	}

	/**
	 * Lets authors and editors write the elements and their documented attributes; never a script.
	 *
	 * @param array  $tags    Allowed tags.
	 * @param string $context Context.
	 * @return array
	 */
	public static function allowed_html( $tags, $context ) {
		if ( 'post' !== $context || ! is_array( $tags ) ) {
			return $tags;
		}
		foreach ( self::ALLOWED_ATTRIBUTES as $tag => $attributes ) {
			$tags[ $tag ] = array_fill_keys( $attributes, true );
		}
		unset( $tags['script'] );
		return $tags;
	}

	/**
	 * Whether this render is the block editor's preview.
	 *
	 * @return bool
	 */
	private static function editing() {
		return defined( 'REST_REQUEST' ) && REST_REQUEST && is_user_logged_in();
	}

	/**
	 * The block, rendered on the server.
	 *
	 * @param array $attributes Block attributes.
	 * @return string
	 */
	public static function render_block( $attributes ) {
		$editing = self::editing();
		if ( ! $editing ) {
			wp_enqueue_script( self::HANDLE );
		}
		$atts = array(
			'element'       => isset( $attributes['element'] ) ? $attributes['element'] : 'report-finder',
			'services'      => isset( $attributes['services'] ) ? $attributes['services'] : '',
			'category'      => isset( $attributes['category'] ) ? $attributes['category'] : '',
			'kind'          => isset( $attributes['kind'] ) ? $attributes['kind'] : '',
			'service'       => isset( $attributes['service'] ) ? $attributes['service'] : '',
			'start'         => isset( $attributes['start'] ) ? $attributes['start'] : '',
			'lines'         => isset( $attributes['lines'] ) ? $attributes['lines'] : '',
			'heading-level' => ! empty( $attributes['headingLevel'] ) ? (string) $attributes['headingLevel'] : '',
			'lang'          => isset( $attributes['lang'] ) ? $attributes['lang'] : '',
			'theme'         => isset( $attributes['theme'] ) ? $attributes['theme'] : '',
			'new-window'    => ! empty( $attributes['newWindow'] ),
			'variant'       => ! empty( $attributes['compact'] ) ? 'compact' : '',
			'fixed'         => ! empty( $attributes['fixed'] ),
		);
		$html = Guichet_Securite_Renderer::render( $atts, isset( $attributes['contacts'] ) ? (string) $attributes['contacts'] : '', $editing );
		self::enqueue_pack( $atts['lang'] );
		if ( $editing ) {
			// In the editor, the quick exit's key does nothing (Shift is typed all the time there).
			$html = str_replace( '<quick-exit', '<quick-exit exit-key=""', $html );
		}
		return '<div ' . get_block_wrapper_attributes() . '>' . $html . '</div>';
	}

	/**
	 * The shortcode: [guichet element="report-finder" start="violence"], the block's options as attributes.
	 *
	 * @param array|string $atts Shortcode attributes.
	 * @return string
	 */
	public static function render_shortcode( $atts ) {
		wp_enqueue_script( self::HANDLE );
		$named = array();
		foreach ( is_array( $atts ) ? $atts : array() as $name => $value ) {
			// A bare word ([guichet element="quick-exit" fixed]) arrives with a numeric key.
			if ( is_int( $name ) ) {
				$named[ strtolower( (string) $value ) ] = true;
			} else {
				$named[ $name ] = $value;
			}
		}
		// Those who can edit the page see what the shortcode ignored; visitors never do.
		$post_id = get_the_ID();
		if ( isset( $named['lang'] ) ) {
			self::enqueue_pack( (string) $named['lang'] );
		}
		return Guichet_Securite_Renderer::render( $named, '', false, $post_id && current_user_can( 'edit_post', $post_id ) );
	}
}
